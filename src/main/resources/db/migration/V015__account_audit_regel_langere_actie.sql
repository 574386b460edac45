-- account: room for role changes ("rollen gewijzigd: A, B → C") and indexes for the beheer filters.
-- Widening a varchar is a catalogue change only; the append-only trigger does not fire on DDL.
alter table audit_regel alter column actie type varchar(200);
create index ix_audit_regel_gebruiker on audit_regel (lower(gebruiker));
create index ix_audit_regel_actie on audit_regel (actie);
