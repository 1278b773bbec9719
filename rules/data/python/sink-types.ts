// The shapes of the Python sink tables: which calls, keyword arguments, attributes and option
// pairs of a library turn TLS verification off, as data (one table per library beside this file).
// A value is written as Python source writes it: 'False', 'None', '0', "'CERT_NONE'" (a string,
// compared without regard to case), or a qualified name ('ssl.CERT_NONE').

export type PyConst = string;

export interface LibraryTable {
  /** For messages: 'requests', 'urllib3', 'the ssl module'. */
  owner: string;
  /** A settings name whose value turns a check off. */
  settings?: readonly SettingSink[];
  /** A keyword argument whose value turns a check off. */
  keywords?: readonly KeywordSink[];
  /** An attribute write whose value turns a check off (`session.verify = False`). */
  attributes?: readonly AttributeSink[];
  /** `set_option(NAME, VALUE)`-style calls: an option constant and its value. */
  optionPairs?: readonly OptionPairSink[];
  /** Calls that connect without verifying unless given an argument (`smtplib.SMTP_SSL` without `context`). */
  missing?: readonly MissingSink[];
  /** Calls that are unsafe whatever their arguments. */
  calls?: readonly CallSink[];
  /** Connection-string parameters (`sslmode=require` in a DSN or URL). */
  params?: readonly ParamSink[];
}

export interface KeywordSink {
  rule: string;
  callees: readonly string[];
  keyword: string;
  /** Method names also matched when the receiver's class is unknown (`self.loop.create_connection`). */
  methods?: readonly string[];
  /** 0-based position of the parameter for a positional argument (self not counted), where APIs take it so. */
  position?: number;
  /** A key of a dict passed as this argument (`sslopt={'cert_reqs': …}`); the keyword itself otherwise. */
  key?: string;
  insecure: readonly PyConst[];
}

export interface AttributeSink {
  rule: string;
  /** The classes of the objects written to; empty: any object (only for an attribute name no other API uses). */
  types: readonly string[];
  attribute: string;
  insecure: readonly PyConst[];
}

export interface OptionPairSink {
  rule: string;
  /** Method names taking (option, value): 'setopt', 'set_option'. */
  methods: readonly string[];
  option: string;
  insecure: readonly PyConst[];
}

export interface MissingSink {
  rule: string;
  callees: readonly string[];
  keyword: string;
  position?: number;
  /** What the fix passes: `ssl.create_default_context()`. */
  safe: string;
  /** The first version whose API has the parameter ([3, 0]); older ones cannot pass it. */
  since?: readonly [number, number];
  /** The version that removed the API ([3, 13] for nntplib): a project needing it or later cannot call it. */
  removed?: readonly [number, number];
}

export interface CallSink {
  rule: string;
  callees: readonly string[];
  /** Message id of the rule. */
  messageId: string;
  /** The safe replacement of the callee, for a fix: 'ssl.create_default_context'. */
  replacement?: string;
}

/**
 * A parameter of a connection string (`…?tlsInsecure=true`, `host=db sslmode=require`), found in
 * string constants; with `anywhere`, also as a keyword argument of any call and a key of any dict
 * (a name only that library uses: libpq's `sslmode`).
 */
export interface ParamSink {
  rule: string;
  param: string;
  /** Values as the library spells them: compared exactly (libpq, pymongo and redis-py refuse other spellings). */
  insecure: readonly string[];
  /**
   * The library reads the name in any case (pymongo's URI options): the name in lower case is
   * matched too, and is a pre-filter needle as the name is (sinks.ts paramSpellings). Other
   * spellings (`TLSINSECURE`) are not reported: the pre-filter could not let them through.
   */
  nameAnyCase?: true;
  /** What the value does, for the message: 'accepts any certificate'. */
  why: string;
  anywhere?: boolean;
  severity?: 'error' | 'warning' | 'info';
  /** URL schemes the string must start with (`mongodb://`): a query parameter, not prose that names it. */
  schemes?: readonly string[];
}

/**
 * A settings name whose value turns a check off: a module- or class-level assignment
 * (`BROKER_USE_SSL = {…}` in a settings module) or an attribute write (`app.conf.broker_use_ssl = …`).
 */
export interface SettingSink {
  rule: string;
  names: readonly string[];
  /** The names are also read as keys of a dict literal (`CACHES = {"default": {"OPTIONS": {NAME: {...}}}}`). */
  dictKey?: true;
  key?: string;
  insecure: readonly PyConst[];
}
