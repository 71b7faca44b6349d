/**
 * The patent-pledge registration saga (专利权质押登记), by choreography between finance-service and ip-service (DESIGN
 * "Sagas by choreography", DOMAIN "Patents and IP" and "Tech finance"). Both sides' contracts live here, in one
 * package, because neither side owns the conversation: each reads the other's requests or answers from it.
 * <ol>
 * <li>finance-service, when a loan secured by patents is approved, publishes {@link PatentPledgeRequested} on
 * {@code keji.finance.v1};</li>
 * <li>ip-service opens a pledge-registration case (decided within 7 working days), checks every refusal ground its
 * data can show, and answers on {@code keji.ip.v1} with {@link PatentPledgeRegistered} or with
 * {@link PatentPledgeRefused} naming every ground that applied;</li>
 * <li>finance-service goes on with the loan or stops it; on settlement or write-off it publishes
 * {@link PatentPledgeReleaseRequested}, and ip-service answers {@link PatentPledgeReleased}.</li>
 * </ol>
 * Every event of one saga is keyed by its request id (a UUID finance-service chooses, the saga id), on both topics,
 * so each side sees the saga's events in order. Each side consumes idempotently (commons inbox): a redelivered request
 * changes nothing and is not answered twice.
 */
package org.keji.commons.event.pledge;
