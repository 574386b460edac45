-- training: what the group said in a session is 'inbreng'; 'bijdrage' is the leernetwerk's term (a member's post)
alter table bijdrage rename to inbreng;
alter index bijdrage_pkey rename to inbreng_pkey;
alter index ix_bijdrage_bijeenkomst rename to ix_inbreng_bijeenkomst;
alter sequence bijdrage_id_seq rename to inbreng_id_seq;
alter table inbreng rename constraint bijdrage_soort_check to inbreng_soort_check;
alter table inbreng rename constraint bijdrage_bijeenkomst_id_fkey to inbreng_bijeenkomst_id_fkey;
alter table inbreng rename constraint bijdrage_deelnemer_id_fkey to inbreng_deelnemer_id_fkey;
