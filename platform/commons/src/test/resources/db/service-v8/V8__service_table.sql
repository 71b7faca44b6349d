-- Stands for a service's own migrations, applied before a new platform migration exists (PlatformMigrationOrderTest).
CREATE TABLE service_record (id integer PRIMARY KEY);
