package org.keji.commons.event.pledge;

import java.util.UUID;

/**
 * A co-holder's written consent to pledging a co-owned patent (共有专利权人同意出质的书面文件). A co-owned patent is
 * pledged only with every other co-holder's consent (DOMAIN "Patents and IP").
 *
 * @param uscc unified social credit code of the co-holder who consents
 * @param consentMaterialId id of the consent document, a material of the consenting co-holder's own wallet (申报材料,
 *        stored once, referenced by id); ip-service counts an id of another wallet as no consent
 */
public record CoHolderConsent(String uscc, UUID consentMaterialId) {
}
