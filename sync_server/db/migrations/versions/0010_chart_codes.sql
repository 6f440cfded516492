-- Account codes corrected against the national plans (the charts in kernel/ledger/charts
-- cite each source): DZ 38 -> 37 (SCF: 37 "Stocks à l'extérieur", 38 "Achats stockés");
-- MA 3118 -> 3116, 5113 -> 5111, 6586 -> 65881 and a new 75881 (CGNC: 3116 "Marchandises en
-- cours de route", 5111 "Chèques à encaisser", 6586 is "Dons", 6588/7588 "Autres charges /
-- produits non courants"); TN 5311 -> 5312, 4368 -> 4371, 755 -> 756, 12 -> 13 (NCT).
--
-- An account changes its code, not its identity: the row keeps its id (the update is
-- audited, and the change log sends it to the branches, whose own migration renumbers them
-- the same way), every journal line in every monthly partition moves to the new code, and
-- nothing is posted: every balance and entry is what it was, under the right number.
-- Lines reference their account's code, and posted lines refuse updates: for this one
-- transaction the foreign key is dropped and made again as it was (checking every line
-- again), and the immutability and per-line audit triggers are disabled and enabled again
-- (on the partitioned table, which PostgreSQL 15 carries down to every partition). The
-- account's audited rename says what happened to all its lines. Audit rows and the change
-- log keep the codes they recorded at the time. The renames are frozen here, not read from
-- the charts, so a later chart never changes what this revision does.
DO $$
DECLARE
    company_country text := (SELECT country FROM auth.company ORDER BY created_at LIMIT 1);
    moving integer;
    taken text;
    fk record;
BEGIN
    CREATE TEMPORARY TABLE chart_renames (
        country text, old_code text, new_code text, name text, name_ar text
    ) ON COMMIT DROP;
    INSERT INTO chart_renames VALUES
        ('DZ', '38', '37', 'Stocks à l''extérieur (en cours de route)', 'مخزونات في الخارج (في الطريق)'),
        ('MA', '3118', '3116', 'Marchandises en cours de route', 'بضائع في الطريق'),
        ('MA', '5113', '5111', 'Chèques à encaisser ou à l''encaissement', 'شيكات للتحصيل أو قيد التحصيل'),
        ('MA', '6586', '65881', 'Déficits de caisse', 'عجز الصندوق'),
        ('TN', '5311', '5312', 'Chèques à encaisser', 'شيكات للاستخلاص'),
        ('TN', '4368', '4371', 'État, droit de timbre', 'الدولة - معلوم الطابع'),
        ('TN', '755', '756', 'Gains de change', 'أرباح الصرف'),
        ('TN', '12', '13', 'Résultat de l''exercice', 'نتيجة السنة المحاسبية');
    -- A server not yet set up, or set up from the corrected template, has nothing to move.
    DELETE FROM chart_renames r WHERE r.country IS DISTINCT FROM company_country
        OR NOT EXISTS (SELECT 1 FROM accounting.accounts a WHERE a.code = r.old_code);
    SELECT count(*) INTO moving FROM chart_renames;
    IF moving > 0 THEN
        SELECT string_agg(r.new_code, ', ') INTO taken FROM chart_renames r
            WHERE EXISTS (SELECT 1 FROM accounting.accounts a WHERE a.code = r.new_code);
        IF taken IS NOT NULL THEN  -- renumbering onto them would merge two histories
            RAISE EXCEPTION 'account codes % are already used; cannot renumber onto them', taken;
        END IF;

        SELECT conname, pg_get_constraintdef(oid) AS definition INTO fk FROM pg_constraint
            WHERE conrelid = 'accounting.journal_lines'::regclass AND contype = 'f'
              AND confrelid = 'accounting.accounts'::regclass;
        EXECUTE format('ALTER TABLE accounting.journal_lines DROP CONSTRAINT %I', fk.conname);
        ALTER TABLE accounting.journal_lines DISABLE TRIGGER immutable;
        ALTER TABLE accounting.journal_lines DISABLE TRIGGER audit_updates;

        UPDATE accounting.accounts a
           SET code = r.new_code, name = r.name, name_ar = r.name_ar, updated_at = now()
          FROM chart_renames r WHERE a.code = r.old_code;
        UPDATE accounting.journal_lines l SET account_code = r.new_code
          FROM chart_renames r WHERE l.account_code = r.old_code;

        ALTER TABLE accounting.journal_lines ENABLE TRIGGER audit_updates;
        ALTER TABLE accounting.journal_lines ENABLE TRIGGER immutable;
        EXECUTE format('ALTER TABLE accounting.journal_lines ADD CONSTRAINT %I %s',
                       fk.conname, fk.definition);
    END IF;

    -- Morocco's till overages: a gain of their own (CGNC 7588), new to its chart.
    IF company_country = 'MA' THEN
        INSERT INTO accounting.accounts (code, id, name, name_ar, type)
        VALUES ('75881', gen_random_uuid(), 'Excédents de caisse', 'فائض الصندوق', 'income')
        ON CONFLICT (code) DO NOTHING;
    END IF;
END $$;
