"""Short recordings for the demo, made here (no downloads): a WAV of gentle tones, one per segment."""

import io
import math
import wave

SAMPLE_RATE = 8000


def make_wav(seconds, segment_starts=(), base_frequency=220.0):
    """A mono 8-bit WAV of `seconds`, its pitch changing at each segment's start so a listener hears the jump."""
    frames = bytearray()
    starts = sorted(segment_starts) or [0]
    for n in range(int(seconds * SAMPLE_RATE)):
        t = n / SAMPLE_RATE
        segment = sum(1 for start in starts if start <= t)
        frequency = base_frequency * (1 + 0.25 * segment)
        envelope = 0.5 + 0.5 * math.sin(2 * math.pi * 0.5 * t) ** 2
        frames.append(int(128 + 60 * envelope * math.sin(2 * math.pi * frequency * t)))
    output = io.BytesIO()
    with wave.open(output, "wb") as recording:
        recording.setnchannels(1)
        recording.setsampwidth(1)
        recording.setframerate(SAMPLE_RATE)
        recording.writeframes(bytes(frames))
    return output.getvalue()
