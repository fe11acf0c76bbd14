"""Team sync: every workstation keeps its own encrypted database; changes travel
as finished, encrypted, signed files through any folder that copies files
between workstations (a network drive, Syncthing, a Nextcloud folder).

Modules: ``capture`` (numbered changes, in the writing transaction), ``clock``
(hybrid logical clock, ties only), ``merge`` (per-field versions, conflicts
kept), ``bundle`` (file names and the signed envelope), ``crypto`` (age and
Ed25519), ``apply`` (one transaction per bundle), ``exchange`` (one sync),
``devices`` (set-up, join, approve, remove), ``credentials`` (users and
passwords are the team's: why and how), ``erase`` (erasure orders),
``audit_check`` (others' audit chains), ``conflicts``, ``digest``, ``notices``.
See ``docs/sync.md``.
"""
