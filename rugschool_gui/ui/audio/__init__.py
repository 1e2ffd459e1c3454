"""Sound for the relaxation guide: synthesised cue bells (``tones``) and a small player
(``player``) that loads its audio library only when a guide starts."""
