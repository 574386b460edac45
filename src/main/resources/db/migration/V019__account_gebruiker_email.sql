-- account: an optional e-mail address, for notifications by e-mail (only sent when SMTP is configured)
alter table gebruiker add column email varchar(254);
alter table gebruiker add column email_meldingen boolean not null default true;
