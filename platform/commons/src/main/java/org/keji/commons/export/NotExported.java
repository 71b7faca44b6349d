package org.keji.commons.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component of a row type that exports leave out: a value shown only in a view of one record (e.g. a certificate's
 * verification code), never in a list, so its column would always be empty.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface NotExported {
}
