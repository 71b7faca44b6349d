CREATE TABLE widget (
    id   uuid PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE widget_event_effect (
    event_id text NOT NULL,
    name     text NOT NULL
);
