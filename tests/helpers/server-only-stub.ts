// Vitest runs outside React's server environment, where the real `server-only` throws on
// import; tests import server modules directly, so it resolves to this empty module.
export {};
