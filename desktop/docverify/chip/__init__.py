"""The ePassport chip: access control (BAC, PACE), secure messaging, reading and Passive Authentication."""
