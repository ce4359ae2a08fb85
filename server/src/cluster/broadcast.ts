/**
 * One named channel between the instances of Kuntagraph: what one publishes, the others hear
 * (never the sender itself). Used to drop cached state that a write on another instance made
 * stale: cached responses (response-cache/) and cached API keys (auth/api-key-cache.ts).
 */
export interface Broadcast {
  /** Tells the other instances; `message` is up to the channel (may be empty). */
  publish(message?: string): void;
  /** Calls `onRemote` with each message another instance published. */
  subscribe(onRemote: (message: string) => void): void;
}

/** The channels of one connection to the other instances, closed once by the app. */
export interface Bus {
  channel(name: string): Broadcast;
  close(): Promise<void>;
}
