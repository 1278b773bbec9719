OK, WARNING, CRITICAL, UNKNOWN = 0, 1, 2, 3


def nagios_exit(code, msg, perf=""):
    import sys
    label = ["OK", "WARNING", "CRITICAL", "UNKNOWN"][code]
    print(f"{label} - {msg}" + (f" | {perf}" if perf else ""))
    sys.exit(code)
