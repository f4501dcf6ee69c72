/**
 * The websocket port-forward protocol (`v4.channel.k8s.io` on `…/pods/NAME/portforward?ports=P`): one port
 * per websocket here, so channel 0 carries data and channel 1 errors; every message starts with its channel
 * byte, and the first message of each channel from the server starts with the port number (uint16, little
 * endian), which is not data.
 */

/** The subprotocol the API server's websocket port-forward speaks. */
export const portForwardProtocol = 'v4.channel.k8s.io';

/** A data message to the pod (channel 0). */
export function encodeData(data: Buffer): Buffer {
  return Buffer.concat([Buffer.of(0), data]);
}

/** Reads the server's messages for one port, dropping each channel's port prefix. */
export class PortForwardDecoder {
  readonly #seenPrefix = new Set<number>();
  #prefixRest = new Map<number, number>();

  /** The payload of a message and its channel; an empty payload when it was only (part of) the prefix. */
  decode(message: Buffer): { channel: number; payload: Buffer } | undefined {
    const channel = message[0];
    if (channel === undefined) return undefined;
    let payload = message.subarray(1);
    if (!this.#seenPrefix.has(channel)) {
      // The 2-byte port number may in theory arrive split; skip exactly two bytes in total.
      const remaining = this.#prefixRest.get(channel) ?? 2;
      const skip = Math.min(remaining, payload.length);
      payload = payload.subarray(skip);
      if (remaining - skip === 0) this.#seenPrefix.add(channel);
      else this.#prefixRest.set(channel, remaining - skip);
    }
    return { channel, payload };
  }
}
