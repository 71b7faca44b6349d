package org.keji.commons.testapp;

public enum WidgetState {
    DRAFT,
    SHIPPED
}
