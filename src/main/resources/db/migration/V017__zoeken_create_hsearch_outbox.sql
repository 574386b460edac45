-- zoeken: Hibernate Search outbox-polling coordination (profile elasticsearch, several app nodes).
-- Every index change is written here in the transaction that changes the record; the app nodes'
-- agents (registered in hsearch_agent) share the events by entity id and send them to the search
-- node. Unused (and empty) with the embedded Lucene index. Columns as Hibernate Search 8 maps them.
create table hsearch_agent (
    id                   uuid                     not null primary key,
    type                 varchar(255)             not null
        check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name                 varchar(255)             not null,
    expiration           timestamp(6) with time zone not null,
    state                varchar(255)             not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count    integer,
    assigned_shard_index integer,
    tenant_id            varchar(255),
    payload              bytea
);

create table hsearch_outbox_event (
    id             uuid                     not null primary key,
    entity_name    varchar(256)             not null,
    entity_id      varchar(256)             not null,
    entity_id_hash integer                  not null,
    payload        bytea                    not null,
    retries        integer                  not null,
    process_after  timestamp(6) with time zone not null,
    status         varchar(255)             not null check (status in ('PENDING', 'ABORTED')),
    tenant_id      varchar(255)
);

create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);
