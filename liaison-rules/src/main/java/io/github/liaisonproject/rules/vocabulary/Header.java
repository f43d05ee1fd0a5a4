package io.github.liaisonproject.rules.vocabulary;

/** The mail header a delivery address goes in. */
@Describe("The mail header of a delivery address: TO, CC or REPLY_TO.")
public enum Header { TO, CC, REPLY_TO }
