const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * Replaces the ids in a plan rule's message by the references the file used for them, so a
 * person recognises "ZK-1001" where the rule said a UUID.
 */
export function nameIds(message: string, names: ReadonlyMap<string, string>): string {
  return message.replace(UUID, (id) => {
    const name = names.get(id);
    return name === undefined ? id : `"${name}"`;
  });
}
