import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/**
 * Encryption and keyed hashing of personal data at rest (phone numbers, chat ids, names, raw
 * updates), derived from APP_SECRET. AES-256-GCM with a random nonce; the HMAC lets us find a
 * citizen by chat id or phone without storing either in clear.
 */
export interface SecretBox {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** Deterministic keyed hash for look-ups (same input → same output). */
  hash(value: string): string;
  /** Key for signing cookies and other tokens. */
  signingKey: Buffer;
}

const VERSION = "v1";

export function createSecretBox(appSecret: string): SecretBox {
  const derive = (info: string) => Buffer.from(hkdfSync("sha256", appSecret, "langnghe", info, 32));
  const encryptionKey = derive("pii-encryption");
  const hashKey = derive("pii-lookup-hash");
  const signingKey = derive("signing");
  return {
    encrypt(plain) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", encryptionKey, nonce);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return [VERSION, nonce.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
    },
    decrypt(sealed) {
      const [version, nonce, body, tag] = sealed.split(".");
      if (version !== VERSION || !nonce || body === undefined || !tag) throw new Error("not a sealed value");
      const decipher = createDecipheriv("aes-256-gcm", encryptionKey, Buffer.from(nonce, "base64url"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
    },
    hash(value) {
      return createHmac("sha256", hashKey).update(value).digest("base64url");
    },
    signingKey,
  };
}
