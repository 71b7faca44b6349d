package org.keji.commons.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.keji.commons.event.EventJson;
import org.keji.commons.inbox.Inbox;
import org.keji.commons.inbox.RetriedWhileDatabaseUnavailable;

import io.smallrye.common.annotation.Blocking;

/** A consumer written the way services write theirs: dedupe, switch on type, skip unknown types. */
@ApplicationScoped
public class WidgetEventConsumer {

    private final Inbox inbox;
    private final WidgetService widgets;

    public WidgetEventConsumer(Inbox inbox, WidgetService widgets) {
        this.inbox = inbox;
        this.widgets = widgets;
    }

    @Incoming("widget-events")
    @RetriedWhileDatabaseUnavailable
    @Blocking
    @Transactional
    public void on(String message) {
        inbox.receive("commons-test", message).ifPresent(event -> {
            switch (event.type()) {
                case WidgetCreated.TYPE -> widgets.execute("INSERT INTO widget_event_effect (event_id, name) VALUES (?, ?)",
                        event.id(), EventJson.data(event, WidgetCreated.class).name());
                default -> inbox.skipUnknown("commons-test", event);
            }
        });
    }
}
