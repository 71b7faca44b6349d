/**
 * TEMPORARY (issue 14): a minimal filesystem object store and upload staging, with the signatures of
 * {@code org.keji.commons.storage.ObjectStore} and {@code StoredContent} that the platform's storage module provides.
 * When that module is merged, this package goes and the material feature imports the platform's classes instead.
 */
package org.keji.enterprise.material.interim;
