import { PrismaPg } from "@prisma/adapter-pg";

/** PostgreSQL catalog types the schema engine reads that adapter-pg 6.x cannot map, mapped to text. */
const CATALOG_TEXT_TYPES: ReadonlyMap<number, number> = new Map([
  [18, 25], // "char"
  [19, 25], // name
  [1002, 1009], // "char"[]
  [1003, 1009], // name[]
]);

/**
 * The PostgreSQL adapter factory for `prisma migrate`.
 *
 * @prisma/adapter-pg 6.19 fails every migrate command with "Column type 'name' could not be
 * deserialized" (prisma/orm#27403) because the schema engine reads pg_catalog columns of type
 * `name`. Those values are plain strings, so reporting them as text is faithful. Only used by the
 * CLI; the application's client uses the stock adapter.
 */
export class MigrationPrismaPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const withIO = adapter as unknown as { performIO: (query: unknown) => Promise<{ fields: { dataTypeID: number }[] }> };
    const performIO = withIO.performIO.bind(adapter);
    withIO.performIO = async (query) => {
      const result = await performIO(query);
      for (const field of result.fields) {
        const mapped = CATALOG_TEXT_TYPES.get(field.dataTypeID);
        if (mapped !== undefined) field.dataTypeID = mapped;
      }
      return result;
    };
    return adapter;
  }
}
