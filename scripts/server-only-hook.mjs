// Module resolution hook for scripts that run server code outside Next.js without the
// react-server condition (scripts/reminders.ts): `import "server-only"` would throw there, so
// it resolves to an empty module — what the react-server condition does for Next's server.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return nextResolve(specifier, context);
}
