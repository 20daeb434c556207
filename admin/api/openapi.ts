import { z } from "zod";
import { ZTicketQuery } from "../http/ticket-query.ts";
import { ZLoginRequest } from "./auth-api.ts";
import { ZCreateNoteRequest, ZCreateReplyRequest, ZUpdateTicketRequest } from "./tickets-api.ts";
import { ZCreateUserRequest, ZUpdateUserRequest } from "./users-api.ts";

const schema = (zodSchema: z.ZodType) => z.toJSONSchema(zodSchema, { io: "input", unrepresentable: "any" });

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const jsonBody = (ref: string) => ({ required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } } });
const ok = (description: string) => ({ description, content: { "application/json": { schema: { type: "object" } } } });
const codeParameter = { name: "code", in: "path", required: true, schema: { type: "string", example: "TG-26-000123" } };
const common = { "400": errorResponse("Bad input; `field` names it"), "401": errorResponse("No valid token or session"), "403": errorResponse("Not allowed (or CSRF token missing)") };

let cached: object | null = null;

/** The OpenAPI 3.1 description of /api, built from the same zod schemas the routes validate with. */
export function openApiDocument(): object {
  if (cached) return cached;
  const queryParameters = Object.keys(ZTicketQuery.shape).map((name) => ({ name, in: "query", required: false, schema: schema(ZTicketQuery.shape[name as keyof typeof ZTicketQuery.shape]) }));
  cached = {
    openapi: "3.1.0",
    info: { title: "LangNghe API", version: "1.0.0", description: "Tickets of citizens' tips, questions and feedback. Same authorization as the admin panel: an officer sees their unit, a leader their unit and those below, an admin everything; tickets outside your scope answer 404." },
    servers: [{ url: "/api" }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token an administrator created for a user (lnt_…)" },
        session: { type: "apiKey", in: "cookie", name: "ln_session", description: "Session cookie from POST /auth/login; writes also need the X-CSRF-Token header" },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, field: { type: "string" } } } },
        },
        LoginRequest: schema(ZLoginRequest),
        CreateReplyRequest: schema(ZCreateReplyRequest),
        CreateNoteRequest: schema(ZCreateNoteRequest),
        UpdateTicketRequest: schema(ZUpdateTicketRequest),
        CreateUserRequest: schema(ZCreateUserRequest),
        UpdateUserRequest: schema(ZUpdateUserRequest),
      },
    },
    paths: {
      "/auth/login": {
        post: { summary: "Sign in (session cookie + CSRF token)", security: [], requestBody: jsonBody("LoginRequest"), responses: { "200": ok("Signed in"), "401": errorResponse("Wrong username or password"), "423": errorResponse("Account locked"), "429": errorResponse("Too many attempts from this address") } },
      },
      "/tickets": { get: { summary: "The queue, with its filters", parameters: queryParameters, responses: { "200": ok("A page of tickets with counts per status"), ...common } } },
      "/tickets/{code}": {
        get: { summary: "One ticket with its conversation and history", parameters: [codeParameter], responses: { "200": ok("The ticket"), "404": errorResponse("No such ticket in your scope"), ...common } },
        patch: {
          summary: "Change status, category, unit (transfer, with reason) or assignee",
          parameters: [codeParameter],
          requestBody: jsonBody("UpdateTicketRequest"),
          responses: { "200": ok("The updated ticket"), "404": errorResponse("No such ticket in your scope"), "409": errorResponse("Transition not allowed or ticket closed"), ...common },
        },
      },
      "/tickets/{code}/replies": { post: { summary: "Reply to the citizen (queued for delivery)", parameters: [codeParameter], requestBody: jsonBody("CreateReplyRequest"), responses: { "201": ok("Queued"), "404": errorResponse("No such ticket"), "409": errorResponse("Ticket closed"), ...common } } },
      "/tickets/{code}/notes": { post: { summary: "Add an internal note", parameters: [codeParameter], requestBody: jsonBody("CreateNoteRequest"), responses: { "201": ok("Added"), "404": errorResponse("No such ticket"), ...common } } },
      "/units": { get: { summary: "Units with their wards", responses: { "200": ok("Units"), ...common } } },
      "/categories": { get: { summary: "Categories with deadlines", responses: { "200": ok("Categories"), ...common } } },
      "/users": {
        get: { summary: "Staff accounts (admins)", responses: { "200": ok("Users"), ...common } },
        post: { summary: "Create a staff account (admins)", requestBody: jsonBody("CreateUserRequest"), responses: { "201": ok("Created"), "409": errorResponse("Username taken"), ...common } },
      },
      "/users/{username}": {
        patch: {
          summary: "Change role, unit, active flag or reset the password (admins)",
          parameters: [{ name: "username", in: "path", required: true, schema: { type: "string" } }],
          requestBody: jsonBody("UpdateUserRequest"),
          responses: { "200": ok("Updated"), "404": errorResponse("No such user"), ...common },
        },
      },
    },
  };
  return cached;
}
