/**
 * The case events every service publishes for its cases (办件), through its own outbox to its own topic, in the
 * transaction of the change, key = tracking number: {@code keji.case.opened.v1}, {@code keji.case.status-changed.v1},
 * {@code keji.case.paused.v1}, {@code keji.case.resumed.v1}, {@code keji.case.closed.v1}. Each carries the tracking
 * number, the matter code, the applicant's USCC, the producing service, the service's own status, both due dates with
 * their provisional marks and the actor's role — never a person's name or identifiers. The case-service builds the
 * cross-service case index from them.
 */
package org.keji.commons.event.cases;
