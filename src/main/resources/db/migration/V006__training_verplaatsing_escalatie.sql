-- training: a participant leaves or moves to another group (the old enrolment and its attendance stay),
-- and a follow-up can be escalated to handhaving as a separate, explicit step with a written reason
alter table deelnemer
    add column uitgeschreven_op   date,
    add column uitschrijfreden    varchar(20) check (uitschrijfreden in ('WERK', 'OPLEIDING', 'ZORG', 'VERHUISD',
                                      'EIGEN_KEUZE', 'VERPLAATST', 'ANDERS')),
    add column verplaatst_naar_id bigint references deelnemer (id) on delete set null,
    add constraint ck_deelnemer_uitschrijving check ((uitgeschreven_op is null) = (uitschrijfreden is null));
create index ix_deelnemer_verplaatst_naar on deelnemer (verplaatst_naar_id);

alter table opvolging
    add column geescaleerd_door varchar(100),
    add column geescaleerd_op   timestamp with time zone,
    add column escalatie_reden  varchar(500),
    add constraint ck_opvolging_escalatie check ((geescaleerd_op is null) = (geescaleerd_door is null));
