import { timingSafeEqual } from "node:crypto";
import { Hono } from "hono";
import pg from "pg";

/**
 * The least any store-first webhook can do, as a reference row for the Telegram bench: check the
 * secret, store the update (unique on its id), then in one transaction lock the chat's state row,
 * insert the message and an outbox row, mark the update processed and save the state — the shape of
 * our turn, in plain SQL on plain tables of its own, with no dialog, no encryption and no ORM. Our
 * webhook cannot be faster than this on the same machine; the gap between the two is our code.
 */
export async function createStoreFirstFloor(databaseUrl: string, secret: string): Promise<{ app: Hono; close(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  await pool.query(`
    CREATE TABLE floor_inbound (id bigserial PRIMARY KEY, update_key text UNIQUE NOT NULL, payload text NOT NULL, status text NOT NULL, created_at timestamp(3) NOT NULL DEFAULT now());
    CREATE TABLE floor_session (key text PRIMARY KEY, data jsonb NOT NULL, updated_at timestamp(3) NOT NULL DEFAULT now());
    CREATE TABLE floor_message (id bigserial PRIMARY KEY, chat text NOT NULL, text text NOT NULL, created_at timestamp(3) NOT NULL DEFAULT now());
    CREATE TABLE floor_outbox (id bigserial PRIMARY KEY, chat text NOT NULL, payload jsonb NOT NULL, status text NOT NULL, created_at timestamp(3) NOT NULL DEFAULT now());`);
  const expected = Buffer.from(secret);
  const app = new Hono();
  app.post("/webhooks/telegram", async (c) => {
    const given = Buffer.from(c.req.header("x-telegram-bot-api-secret-token") ?? "");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return c.text("unauthorized", 401);
    const body = await c.req.text();
    const update = JSON.parse(body) as { update_id: number; message?: { chat: { id: number }; text?: string } };
    const chat = String(update.message?.chat.id ?? 0);
    const stored = await pool.query<{ id: string }>(`INSERT INTO floor_inbound (update_key, payload, status) VALUES ($1, $2, 'received') ON CONFLICT (update_key) DO NOTHING RETURNING id`, [String(update.update_id), body]);
    const inboundId = stored.rows[0]?.id;
    if (!inboundId) return c.text("ok");
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(`INSERT INTO floor_session (key, data) VALUES ($1, '{}') ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key RETURNING data`, [chat]);
      await client.query(`INSERT INTO floor_message (chat, text) VALUES ($1, $2)`, [chat, update.message?.text ?? ""]);
      await client.query(`INSERT INTO floor_outbox (chat, payload, status) VALUES ($1, $2, 'pending')`, [chat, JSON.stringify({ text: update.message?.text ?? "" })]);
      await client.query(`UPDATE floor_inbound SET status = 'processed', payload = '' WHERE id = $1`, [inboundId]);
      await client.query(`UPDATE floor_session SET data = $2, updated_at = now() WHERE key = $1`, [chat, JSON.stringify({ step: "idle" })]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
    return c.text("ok");
  });
  return { app, close: () => pool.end() };
}
