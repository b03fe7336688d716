/** Small named values the service keeps between restarts (e.g. the token-signing key). */
export interface SettingStore {
  get(key: string): Promise<string | undefined>;
  /** Sets the value unless one is already there; returns the value in force. */
  putIfAbsent(key: string, value: string): Promise<string>;
}
