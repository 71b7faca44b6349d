package org.keji.commons.testapp;

import org.keji.commons.event.DomainEvent;

public record WidgetCreated(String id, String name) implements DomainEvent {

    public static final String TYPE = "keji.test.widget.created.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return id;
    }
}
