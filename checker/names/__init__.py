"""The personal-name detector: a tool checks use (R002) and the ``cablecheck names`` command.

    from checker.names import detect, summarise
    mentions = detect(cable, ctx.vocab)        # every mention, with confidence and cues
    summarise(findings_or_mentions)            # [(name, count, confidence), ...] per person
"""
from checker.names.detect import MIN_CONFIDENCE, Mention, detect
from checker.names.summary import summarise

__all__ = ["MIN_CONFIDENCE", "Mention", "detect", "summarise"]
