export * from "./client.js";
export { readSecret, ticket, TICKET_LIFETIME_S_DEFAULT } from "./ticket.js";
