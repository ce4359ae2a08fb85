import { Migration } from '@mikro-orm/migrations';

/**
 * `adoption.by_producer`: the adopter is the deliverable's publisher or takes part in a project
 * that produced it. Its own use is not reuse (countsAsReuse is false for it), however it is
 * declared: before, the lead of a project saying it uses its own report raised the reuse counts.
 * Kept true to the data by triggers: on an adoption's own write, and when a participation, a
 * deliverable's projects or its publisher change. A column rather than a check at read time: the
 * statistics and the similarity of municipalities count reuse over every adoption (a million at
 * scale 100), and two lookups per adoption there would cost seconds.
 */
export class Migration20261129180000_adoption_by_producer extends Migration {
  override async up(): Promise<void> {
    this.addSql(`set local statement_timeout = 0;`);
    this.addSql(`alter table "adoption" add column "by_producer" boolean not null default false;`);
    this
      .addSql(`create function kg_is_producer(organisation uuid, deliverable uuid) returns boolean language sql stable as $$
      select exists (select 1 from deliverable d where d.id = deliverable and d.publisher_id = organisation)
          or exists (select 1 from deliverable_project dp join participation pa on pa.project_id = dp.project_id
                      where dp.deliverable_id = deliverable and pa.organisation_id = organisation)
    $$;`);
    this.addSql(`create function kg_adoption_by_producer() returns trigger language plpgsql as $$
      begin
        new.by_producer := kg_is_producer(new.organisation_id, new.deliverable_id);
        return new;
      end $$;`);
    this.addSql(
      `create trigger kg_adoption_by_producer before insert or update of organisation_id, deliverable_id, by_producer on "adoption" for each row execute function kg_adoption_by_producer();`,
    );
    // The adoptions of the given deliverables, set again (the row trigger computes the value).
    this.addSql(`create function kg_adoption_producer_refresh(deliverables uuid[]) returns void language sql as $$
      update adoption a set by_producer = kg_is_producer(a.organisation_id, a.deliverable_id)
        where a.deliverable_id = any(deliverables)
          and a.by_producer is distinct from kg_is_producer(a.organisation_id, a.deliverable_id)
    $$;`);
    const refreshOn = (table: string, op: string, deliverables: string) => {
      const name = `kg_adoption_producer_${table}_${op}`;
      const rows =
        op === 'insert'
          ? 'new table as new_rows'
          : op === 'delete'
            ? 'old table as old_rows'
            : 'old table as old_rows new table as new_rows';
      this.addSql(`create function ${name}() returns trigger language plpgsql as $$
        begin
          perform kg_adoption_producer_refresh(array(${deliverables}));
          return null;
        end $$;`);
      this.addSql(
        `create trigger ${name} after ${op} on "${table}" referencing ${rows} for each statement execute function ${name}();`,
      );
    };
    const changed = (op: string, cols: string) =>
      op === 'insert'
        ? `select ${cols} from new_rows`
        : op === 'delete'
          ? `select ${cols} from old_rows`
          : `select ${cols} from new_rows union select ${cols} from old_rows`;
    for (const op of ['insert', 'update', 'delete']) {
      refreshOn(
        'participation',
        op,
        `select dp.deliverable_id from deliverable_project dp where dp.project_id in (${changed(op, 'project_id')})`,
      );
      refreshOn('deliverable_project', op, changed(op, 'deliverable_id'));
    }
    refreshOn(
      'deliverable',
      'update',
      `select n.id from new_rows n join old_rows o on o.id = n.id where n.publisher_id is distinct from o.publisher_id`,
    );
    this.addSql(`update "adoption" set by_producer = kg_is_producer(organisation_id, deliverable_id);`);
  }

  override async down(): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) {
      for (const table of ['participation', 'deliverable_project']) {
        this.addSql(`drop trigger kg_adoption_producer_${table}_${op} on "${table}";`);
        this.addSql(`drop function kg_adoption_producer_${table}_${op}();`);
      }
    }
    this.addSql(`drop trigger kg_adoption_producer_deliverable_update on "deliverable";`);
    this.addSql(`drop function kg_adoption_producer_deliverable_update();`);
    this.addSql(`drop function kg_adoption_producer_refresh(uuid[]);`);
    this.addSql(`drop trigger kg_adoption_by_producer on "adoption";`);
    this.addSql(`drop function kg_adoption_by_producer();`);
    this.addSql(`drop function kg_is_producer(uuid, uuid);`);
    this.addSql(`alter table "adoption" drop column "by_producer";`);
  }
}
