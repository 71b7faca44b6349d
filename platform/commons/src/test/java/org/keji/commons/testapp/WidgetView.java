package org.keji.commons.testapp;

public record WidgetView(String id, String name) {
}
