"""Short recordings for the demo, made here (no downloads): a WAV of gentle tones, one per segment."""

import io
import itertools
import math
import wave

SAMPLE_RATE = 8000


def make_wav(seconds, segment_starts=(), base_frequency=220.0):
    """A mono 8-bit WAV of `seconds`, its pitch changing at each segment's start so a listener hears the jump."""
    total = int(seconds * SAMPLE_RATE)
    starts = sorted(segment_starts) or [0]
    # Sample n belongs to the segments that started at or before it: the pitch is worked out once per segment.
    edges = [0, *(min(total, math.ceil(start * SAMPLE_RATE)) for start in starts), total]
    frames = bytearray()
    for segment, (first, last) in enumerate(itertools.pairwise(edges)):
        step = 2 * math.pi * base_frequency * (1 + 0.25 * segment) / SAMPLE_RATE
        frames.extend(
            int(128 + 60 * (0.5 + 0.5 * math.sin(math.pi * n / SAMPLE_RATE) ** 2) * math.sin(step * n))
            for n in range(first, last)
        )
    output = io.BytesIO()
    with wave.open(output, "wb") as recording:
        recording.setnchannels(1)
        recording.setsampwidth(1)
        recording.setframerate(SAMPLE_RATE)
        recording.writeframes(bytes(frames))
    return output.getvalue()
