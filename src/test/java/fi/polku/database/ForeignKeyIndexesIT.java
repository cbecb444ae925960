package fi.polku.database;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Deleting a row (a journey or a participant at erasure) makes PostgreSQL look up every row that
 * references it; without an index led by the referencing column that look-up reads the whole table,
 * once per deleted row. So every foreign key of Polku's own tables has such an index (a partial
 * index does not count: the look-up is for rows of any state).
 */
class ForeignKeyIndexesIT extends IntegrationTest {

    @Test
    void everyForeignKeyOfPolkusTablesLeadsAnIndex() {
        assertThat(jdbc.queryForList("""
                select c.conrelid::regclass || '.' || a.attname from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where c.contype = 'f' and c.connamespace = 'public'::regnamespace
                  and c.conrelid::regclass::text not like 'act\\_%'
                  and not exists (select 1 from pg_index i where i.indrelid = c.conrelid
                                  and i.indkey[0] = c.conkey[1] and i.indpred is null)
                order by 1""", String.class)).isEmpty();
    }
}
