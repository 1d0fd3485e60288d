<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddressBook</name>
    <message>
        <source>A contact needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact &quot;%1&quot; needs an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad contact &quot;%1&quot;: write NAME=HOST:PORT, e.g. 唐僧=127.0.0.1:9000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact &quot;%1&quot; needs an IP address, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address book is not a JSON list of contacts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected [ ... ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact &quot;%1&quot; has no valid port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentCommand</name>
    <message>
        <source>--token-file PATH is required: clients must prove they know its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BufferedFrameCodec</name>
    <message>
        <source>Incomplete frame: %1 of %2 header bytes.</source>
        <extracomment>At close. %1 and %2 are byte counts, e.g. &quot;2 of 4&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete frame: %1 of %2 bytes.</source>
        <extracomment>At close. %1 and %2 are byte counts of the whole frame, header included.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ByteFormat</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checksum</name>
    <message>
        <source>None</source>
        <extracomment>No checksum is appended.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum (8-bit)</source>
        <extracomment>The byte sum modulo 256.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XOR (8-bit)</source>
        <extracomment>All bytes combined with exclusive or.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Run a TCP server that shows every read and can echo or upper-case replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a TCP server, send text, hex or a file, and show what comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind a UDP port, send datagrams to peers and show every datagram received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the remote-command agent: authenticated, and on loopback unless told otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a command through a remote-command agent and stream its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a sticky-packet experiment, simulated or live over loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure throughput and latency against a reference tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS]
       %1 --help | --version

SocketLab without a display: servers, clients, UDP, remote commands and the sticky-packet lab.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not available yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown command &quot;%2&quot;. Run &apos;%1 --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients prove they know the secret in --token-file (which must be private: chmod 600) and the agent proves it too; the secret never crosses the network.
Listening beyond loopback needs TLS (--tls-cert, --tls-key) or --allow-remote.
Limits (defaults): --timeout 300 s per command (0: none), --max-output 67108864 bytes (0: none), --max-commands 16, --max-commands-per-connection 4, --max-connections 16, --auth-timeout 10 s, --backoff 60 s after --max-auth-failures 3.
DANGEROUS: --classic speaks the tutorials&apos; unauthenticated protocol (a raw command in, struct.pack(&apos;i&apos;) length and output back): anyone who can connect runs shell commands. It stays on loopback unless --classic-allow-remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command runs as a program with its arguments, no shell: -- echo &apos;a;b&apos; prints a;b.
DANGEROUS: --shell runs the words as one /bin/sh command line on the agent, with pipes, redirections and whatever else the line says.
stdout and stderr stream to yours; the exit status is the command&apos;s (128+N after signal N, 127 when it could not start, 1 when the connection failed).
Output is decoded from the encoding the agent declares (or --encoding) to UTF-8; --raw passes the bytes unchanged. --fingerprint pins the agent&apos;s TLS certificate (implies --tls).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandProcess</name>
    <message>
        <source>Cannot run &quot;%1&quot;: the working directory &quot;%2&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;: no such program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;: it is not an executable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>The command is empty: give a program or a command line to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shell command must be one command line, not %1 separate arguments: join them into one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An argument contains a NUL character, which no program can receive: remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment entry &quot;%1&quot; is not valid: write it as NAME=VALUE with a non-empty NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout cannot be negative (%1 ms): use 0 for no timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output limit cannot be negative (%1 bytes): use 0 for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command with id %1 is already running: wait for it to finish or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many commands are running at once (%1): wait for one to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Select a row to see all of its bytes as text and as a hex dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as text, one row per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the bytes of the selected rows as hex, one row per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visualize this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how this connection&apos;s writes and reads line up in the visualizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Text (%1):</source>
        <extracomment>%1 is the encoding, e.g. UTF-8.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelimiterCodec</name>
    <message>
        <source>The message contains the delimiter %1 at byte %2, so it would be cut there: pick another delimiter or another framing.</source>
        <extracomment>%1 is the delimiter with C escapes (e.g. <byte value="xd"/>
), %2 the 0-based byte index where it starts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message ends with the start of the delimiter %1, so it would be cut early: pick another delimiter or another framing.</source>
        <extracomment>%1 is the delimiter with C escapes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message ends with \r, which line framing strips when decoding: use delim:\n to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete message: %1 bytes without the delimiter %2.</source>
        <extracomment>At close. %1 is a byte count, %2 the delimiter with C escapes (e.g. <byte value="xd"/>
).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delimiter within %1 bytes: the message is longer than the maximum frame size, or the peer does not end its messages with %2.</source>
        <extracomment>%1 is the limit in bytes, %2 the delimiter with C escapes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Bad address &quot;%1&quot;: write an IPv6 address as [::1]:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad address &quot;%1&quot;: expected HOST:PORT, e.g. 127.0.0.1:9000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad address &quot;%1&quot;: write an IPv6 address in brackets, e.g. [::1]:9000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad port &quot;%1&quot; in &quot;%2&quot;: use a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscapedText</name>
    <message>
        <source>The text ends with a lone backslash at position %1: write &quot;\\&quot; for a backslash.</source>
        <extracomment>%1 is the 1-based position of the backslash.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete escape &quot;%1&quot; at position %2: \x needs exactly two hex digits, e.g. \x0a.</source>
        <extracomment>%1 is the incomplete escape as typed, e.g. &quot;<byte value="x4"/>&quot;, %2 the 1-based position of its backslash.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown escape &quot;%1&quot; at position %2.</source>
        <extracomment>%1 is the escape as typed, e.g. &quot;q&quot;, %2 the 1-based position of its backslash.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown escape at position %1: a backslash followed by %2.</source>
        <extracomment>%1 is the 1-based position of the backslash, %2 a code like U+0009.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPrinter</name>
    <message>
        <source>listening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>peer and its contact name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1 %2 %3</source>
        <comment>peer, size in bytes, quoted text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 %2 %3</source>
        <comment>peer, size in bytes, quoted text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram %1 %2 %3</source>
        <comment>peer, size in bytes, quoted text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1 %2</source>
        <comment>peer, size in bytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: in %1 / %2, out %3 / %4</source>
        <comment>byte and message counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>summary and client count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>--connect needs the agent&apos;s host, not *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-file PATH is required: it holds the secret the agent knows too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the command to run after --, e.g. -- ls -l.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env needs NAME=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent declares its output as &quot;%1&quot;, which this client cannot decode; showing the raw bytes.</source>
        <extracomment>%1 is an encoding name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output was cut: the command wrote more than the agent&apos;s output limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent killed the command: it ran longer than the agent&apos;s time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixedSizeCodec</name>
    <message>
        <source>The message is %1 bytes, but this framing needs messages of exactly %2 bytes.</source>
        <extracomment>%1 is the message size, %2 the size the framing requires.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameCodec</name>
    <message>
        <source>The message is %1 bytes, more than the maximum frame size of %2 bytes.</source>
        <extracomment>%1 and %2 are byte counts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FramingSpecParser</name>
    <message>
        <source>Bad maximum frame size %1: it must be at least 1 byte.</source>
        <extracomment>%1 is the rejected size.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framing spec is empty: use none, len:N, struct-i, delim:SEQ, line, fixed:N or jsonhdr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: the delimiter is empty; write e.g. delim:\r\n.</source>
        <extracomment>%1 is the spec as typed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad delimiter &quot;%1&quot; in framing &quot;%2&quot;: %3</source>
        <extracomment>%1 is the delimiter as typed, %2 the spec, %3 the escape error (positions count in the delimiter).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: &quot;%2&quot; takes no options.</source>
        <extracomment>%1 is the spec as typed, %2 its kind (e.g. line).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: the message size is missing; write e.g. fixed:16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: the message size must be a whole number of bytes, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: the message size exceeds the maximum frame size of %2 bytes.</source>
        <extracomment>%1 is the spec as typed, %2 the limit in bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: the length size is missing; write e.g. len:4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: the length size must be 1, 2, 4 or 8 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: the option &quot;%2&quot; is given twice.</source>
        <extracomment>%1 is the spec as typed, %2 the repeated option.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: give only one of be and le.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: unknown option &quot;%2&quot;; use be, le, signed or incl.</source>
        <extracomment>%1 is the spec as typed, %2 the option not understood.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: unknown kind &quot;%2&quot;; use none, len:N, struct-i, delim:SEQ, line, fixed:N or jsonhdr.</source>
        <extracomment>%1 is the spec as typed, %2 the kind not understood.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing specs:
  none                           raw stream: every read is one message
  len:N[:be|le][:signed][:incl]  N-byte length prefix (N = 1, 2, 4 or 8), big-endian unsigned by default; incl: the length counts the header too
  struct-i                       len:4:le:signed, as Python&apos;s struct.pack(&apos;i&apos;, n) on x86
  delim:SEQ                      messages end with SEQ (C escapes allowed, e.g. delim:\r\n)
  line                           delim:\n, with a trailing \r stripped
  fixed:N                        every message is N bytes
  jsonhdr                        struct-i length of a JSON header {&quot;size&quot;: N, ...}, the header, then N body bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiCommandLine</name>
    <message>
        <source>Start in language LANG: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render every page to DIR/&lt;page&gt;.png and exit (works without a display).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketLab, a desktop network laboratory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: see --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HexCodec</name>
    <message>
        <source>Invalid hex character %1 at position %2.</source>
        <extracomment>%1 is the character in quotes or a code like U+0007, %2 its 1-based position.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected hex digits at position %1, after &quot;%2&quot;.</source>
        <extracomment>%1 is the 1-based position right after the prefix, %2 the prefix as typed (&quot;0x&quot; or &quot;0X&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd number of hex digits in &quot;%1&quot; at position %2: write each byte as two digits.</source>
        <extracomment>%1 is the token as typed, %2 the 1-based position of its last, unpaired digit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonHeaderCodec</name>
    <message>
        <source>JSON header length %1 is negative: the peer is not sending this framing.</source>
        <extracomment>%1 is the (negative) header length read from the stream.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON header length %1 exceeds the limit of %2 bytes: the peer is not sending this framing.</source>
        <extracomment>%1 is the header length read from the stream, %2 the limit in bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed JSON header: %1 at byte %2.</source>
        <extracomment>%1 is Qt&apos;s description of the JSON error, e.g. &quot;unterminated object&quot;, %2 a 0-based byte index.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON header is not an object: expected {&quot;size&quot;: N, ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON header has no &quot;size&quot; field: expected {&quot;size&quot;: N, ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON header&apos;s &quot;size&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON header&apos;s &quot;size&quot; %1 is negative.</source>
        <extracomment>%1 is the size from the header.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON header&apos;s &quot;size&quot; %1 exceeds the maximum frame size of %2 bytes.</source>
        <extracomment>%1 is the size from the header, %2 the limit in bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabCommand</name>
    <message>
        <source>Sends (one per write call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire (one datagram per send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire (TCP segments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads (one per recv call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames (messages the receiver rebuilt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies (receiver to sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab %1 · %2 · %3 · %4 · reads %5%6 · read delay %7 ms · framing %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Nagle (UDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nagle on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (then stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated network: MSS %1 bytes, round trip %2 ms, delayed ACK %3 ms, receive buffer %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  end of stream at %1 ms: recv returned 0 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> … (+%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 + </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --preset NAME, --messages A,B,C or --generate COUNTxSIZE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--generate needs COUNTxSIZE, e.g. 100x10 (at most %1 messages and %2 bytes in all), not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode is sim or live, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--transport is tcp or udp, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nodelay and --nagle contradict each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --read-size N or --read-sizes N,N,..., not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--runs repeats live runs; a simulated run always gives the same trace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabExperiment</name>
    <message>
        <source>The experiment has no messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many messages: %1 (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages hold %1 bytes; an experiment holds at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split each message into 2 to %1 writes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one read size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read size %1 is out of range (1 to %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read delay %1 ms is out of range (0 to %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write interval %1 ms is out of range (0 to %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ready handshake needs TCP: UDP keeps message boundaries by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over UDP each message is one datagram: use the &quot;each&quot; send pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing applies to TCP; over UDP each datagram is already one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UDP datagram holds at most 65507 bytes; one message has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ready handshake is its own framing: set framing to none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSS %1 is out of range (64 to 65535 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip time %1 µs is out of range (0 to %2 µs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed ACK %1 ms is out of range (0 to 500 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive buffer %1 bytes is out of range (MSS to %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send buffer %1 bytes is out of range (1 to %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call cost %1 µs is out of range (0 to 1000000 µs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a read size (1 to %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: split into 2 to %2 writes, e.g. split:3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown send pattern &quot;%1&quot; (each, one, split:K, handshake).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabLiveRunner</name>
    <message>
        <source>Live run: %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live run: the receiver stopped taking data before the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live run: no &quot;ready&quot; came back before the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live run: the sender did not connect before the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live run: nothing more arrived before the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live run: the bytes read differ from the bytes sent at offset %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live run: a datagram arrived that was never sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabPresets</name>
    <message>
        <source>Three small sends (hello, world, egon) arrive in one read: helloworldegon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One send read with recv(1), recv(5), recv(1) is cut apart: h, ellow, o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;low&quot; fix: send the length, wait for ready, then send the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The struct.pack(&apos;i&apos;) fix: a 4-byte length before each message restores every message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON-header fix: header length, a JSON header with the size, then the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same messages over UDP keep their boundaries; an empty datagram arrives, an empty TCP send does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twenty one-byte writes, 5 ms apart: Nagle&apos;s algorithm on versus TCP_NODELAY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sender made %1 write calls; the receiver got their %2 bytes in %n read(s). When it read (after waiting %3 ms), the bytes of several writes were already in its buffer and one recv(%4) returned them together: TCP carries a byte stream, not messages. This is 粘包 (sticky packets).</source>
        <translation>
            <numerusform>The sender made %1 write calls; the receiver got their %2 bytes in %n read. When it read (after waiting %3 ms), the bytes of several writes were already in its buffer and one recv(%4) returned them together: TCP carries a byte stream, not messages. This is 粘包 (sticky packets).</numerusform>
            <numerusform>The sender made %1 write calls; the receiver got their %2 bytes in %n reads. When it read (after waiting %3 ms), the bytes of several writes were already in its buffer and one recv(%4) returned them together: TCP carries a byte stream, not messages. This is 粘包 (sticky packets).</numerusform>
        </translation>
    </message>
    <message>
        <source>This time each of the %1 writes was read on its own: the receiver read before the next bytes arrived. Raise the read delay and the writes stick together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One write of %1 bytes was read with %2 and got %3: each recv(N) takes at most N bytes from the stream, wherever a message ends. A message cut across reads is 拆包.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before each message the sender sent its length as text and waited for &quot;ready&quot;; only then did it send the message. So no two messages shared a read: %1 messages, %2 reads, %3 messages rebuilt. It works, but every message costs a round trip: the run took %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each message went out behind a 4-byte length, struct.pack(&apos;i&apos;, len). The %n read(s) still ran the messages together (%1 bytes), yet the decoder rebuilt %2 of %3 messages exactly: the length tells the receiver where each message ends.</source>
        <translation>
            <numerusform>Each message went out behind a 4-byte length, struct.pack(&apos;i&apos;, len). The read still ran the messages together (%1 bytes), yet the decoder rebuilt %2 of %3 messages exactly: the length tells the receiver where each message ends.</numerusform>
            <numerusform>Each message went out behind a 4-byte length, struct.pack(&apos;i&apos;, len). The %n reads still ran the messages together (%1 bytes), yet the decoder rebuilt %2 of %3 messages exactly: the length tells the receiver where each message ends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each message went out as a 4-byte header length, a JSON header holding the body size, then the body. The %n read(s) ran them together (%1 bytes), yet the decoder rebuilt %2 of %3 messages from their headers.</source>
        <translation>
            <numerusform>Each message went out as a 4-byte header length, a JSON header holding the body size, then the body. The read ran them together (%1 bytes), yet the decoder rebuilt %2 of %3 messages from their headers.</numerusform>
            <numerusform>Each message went out as a 4-byte header length, a JSON header holding the body size, then the body. The %n reads ran them together (%1 bytes), yet the decoder rebuilt %2 of %3 messages from their headers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 datagrams were sent and %2 read, one datagram per read: UDP keeps message boundaries. %n empty datagram(s) arrived as reads of 0 bytes. Over TCP an empty send puts nothing on the wire, and the receiver never sees it.</source>
        <translation>
            <numerusform>%1 datagrams were sent and %2 read, one datagram per read: UDP keeps message boundaries. %n empty datagram arrived as a read of 0 bytes. Over TCP an empty send puts nothing on the wire, and the receiver never sees it.</numerusform>
            <numerusform>%1 datagrams were sent and %2 read, one datagram per read: UDP keeps message boundaries. %n empty datagrams arrived as reads of 0 bytes. Over TCP an empty send puts nothing on the wire, and the receiver never sees it.</numerusform>
        </translation>
    </message>
    <message>
        <source>With TCP_NODELAY each of the %1 writes went out at once: %2 segments. With Nagle&apos;s algorithm the same writes take %3 segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Nagle&apos;s algorithm on, %1 writes went out as %2 segments: a small segment waits while earlier data is unacknowledged, and the receiver delays its ACK up to %3 ms. With TCP_NODELAY the same writes take %4 segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writes arrived in %2 reads (TCP_NODELAY %3). Segments are visible only in simulated mode; on loopback ACKs come back so fast that Nagle&apos;s algorithm rarely holds data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) held bytes of more than one write (粘包).</source>
        <translation>
            <numerusform>%n read held bytes of more than one write (粘包).</numerusform>
            <numerusform>%n reads held bytes of more than one write (粘包).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) were spread over more than one read (拆包).</source>
        <translation>
            <numerusform>%n write was spread over more than one read (拆包).</numerusform>
            <numerusform>%n writes were spread over more than one read (拆包).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s) were longer than the read size and lost the rest.</source>
        <translation>
            <numerusform>%n datagram was longer than the read size and lost the rest.</numerusform>
            <numerusform>%n datagrams were longer than the read size and lost the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s) were dropped: the receive buffer was full.</source>
        <translation>
            <numerusform>%n datagram was dropped: the receive buffer was full.</numerusform>
            <numerusform>%n datagrams were dropped: the receive buffer was full.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sender is stuck: the receiver stopped reading and both buffers are full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were read in %2.</source>
        <comment>write count, read count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n write(s)</source>
        <translation>
            <numerusform>%n write</numerusform>
            <numerusform>%n writes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read(s)</source>
        <translation>
            <numerusform>%n read</numerusform>
            <numerusform>%n reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With framing %1 the decoder rebuilt %2 of %n message(s).</source>
        <translation>
            <numerusform>With framing %1 the decoder rebuilt %2 of %n message.</numerusform>
            <numerusform>With framing %1 the decoder rebuilt %2 of %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) were never read.</source>
        <translation>
            <numerusform>%n byte was never read.</numerusform>
            <numerusform>%n bytes were never read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 in %3 of %n run(s).</source>
        <comment>send count, read count</comment>
        <translation>
            <numerusform>%1 → %2 in %3 of %n run.</numerusform>
            <numerusform>%1 → %2 in %3 of %n runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send(s)</source>
        <translation>
            <numerusform>%n send</numerusform>
            <numerusform>%n sends</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabReceiver</name>
    <message>
        <source>The handshake is out of step: expected a length as text, read &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handshake is out of step: %1 bytes came after a message of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete message: %1 of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabResult</name>
    <message numerus="yes">
        <source>%n send(s)</source>
        <translation>
            <numerusform>%n send</numerusform>
            <numerusform>%n sends</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s)</source>
        <translation>
            <numerusform>%n datagram</numerusform>
            <numerusform>%n datagrams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read(s)</source>
        <translation>
            <numerusform>%n read</numerusform>
            <numerusform>%n reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabSendPlan</name>
    <message>
        <source>Message %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabSimulator</name>
    <message>
        <source>The simulation did not finish within %1 steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LengthPrefixCodec</name>
    <message>
        <source>The message is %1 bytes, more than a %2-byte length header can announce (at most %3 bytes).</source>
        <extracomment>%1 is the message size, %2 the header size (1, 2, 4 or 8), %3 the largest message it allows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame length %1 is negative (the header is signed): the peer is not sending this framing.</source>
        <extracomment>%1 is the (negative) length read from the frame header.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame length %1 is smaller than its %2-byte header (the length counts the header): the peer is not sending this framing.</source>
        <extracomment>%1 is the length read from the frame header, %2 the header size in bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame length %1 exceeds the maximum frame size of %2 bytes.</source>
        <extracomment>%1 is the length read from the frame header, %2 the limit in bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonsDialog</name>
    <message>
        <source>SocketLab Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lessons are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleStrip</name>
    <message>
        <source>Looking up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListenSocket</name>
    <message>
        <source>Creating a listening socket natively is not supported on this system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SocketLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet Visualizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SocketLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SocketLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SocketLab %1&lt;/h3&gt;&lt;p&gt;A desktop network laboratory: TCP server and client, UDP, remote commands, and a visual lab that shows how TCP merges and splits what you send.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Released under the MIT license.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every experiment of the socket tutorials, done step by step in SocketLab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionReader</name>
    <message>
        <source>Bad value &quot;%1&quot; for --%2: use a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 HOST:PORT is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad value &quot;%1&quot; for --%2: use none, echo, upper or rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs an IP address of this machine (or * for all), not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name, %2 what the user gave.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageConfig</name>
    <message>
        <source>&quot;%1&quot; is not a local IP address: use 0.0.0.0, ::, 127.0.0.1 or an address of this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address: type one such as 127.0.0.1 or ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back every message as it came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back in upper case, like the tutorials&apos; data.upper()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by your rules: MATCH=&gt;REPLY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadBuilder</name>
    <message>
        <source>No file was chosen to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file &quot;%1&quot;: %2.</source>
        <extracomment>%1 is the file path, %2 the system&apos;s reason, e.g. &quot;No such file or directory&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large to send: %2 bytes, the limit is %3 bytes.</source>
        <extracomment>%1 is the file path, %2 its size in bytes, %3 the largest size allowed in bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file &quot;%1&quot;: %2.</source>
        <extracomment>%1 is the file path, %2 the system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large to send: more than the limit of %2 bytes.</source>
        <extracomment>%1 is the file path, %2 the largest size allowed in bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickSendDialog</name>
    <message>
        <source>Quick-Send Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text with escapes (\n \x41)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickSendModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick-send list is not valid JSON: %1 at byte %2.</source>
        <extracomment>%1 is the parser&apos;s reason, e.g. &quot;unterminated string&quot;, %2 a 0-based byte offset.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick-send list must be a JSON object with &quot;version&quot; and &quot;entries&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick-send list has no &quot;version&quot;: expected version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick-send list has version %1, but only version %2 is supported.</source>
        <extracomment>%1 is the version found in the file, %2 the one this SocketLab reads.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick-send list has no &quot;entries&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the quick-send list is not a JSON object.</source>
        <extracomment>%1 is the 1-based number of the entry.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the quick-send list has no name.</source>
        <extracomment>%1 is the 1-based number of the entry.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (&quot;%2&quot;) of the quick-send list has a comment that is not a string.</source>
        <extracomment>%1 is the 1-based number of the entry, %2 its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (&quot;%2&quot;) of the quick-send list has an unknown format &quot;%3&quot;: use &quot;text&quot;, &quot;escaped&quot; or &quot;hex&quot;.</source>
        <extracomment>%1 is the 1-based number of the entry, %2 its name, %3 the format found.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (&quot;%2&quot;) of the quick-send list has content that is not a string.</source>
        <extracomment>%1 is the 1-based number of the entry, %2 its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickSendPanel</name>
    <message>
        <source>Add a message to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected message (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the list with one loaded from a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <extracomment>%1 is the file path, %2 the system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be a quick-send list.</source>
        <extracomment>%1 is the file path.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;: %2</source>
        <extracomment>%1 is the file path, %2 a sentence saying what is wrong.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <extracomment>%1 is the file path, %2 the system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Quick-Send Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Quick-Send Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Quick-Send List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick-send lists (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Quick-Send List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcmdAgent</name>
    <message>
        <source>Classic mode speaks the tutorials&apos; plain protocol and cannot use TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic mode has no authentication, so it listens only on loopback (127.0.0.1 or ::1), not on %1, unless remote classic access is allowed explicitly (--classic-allow-remote).</source>
        <extracomment>%1 is an IP address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent needs a token that clients must prove they know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1, beyond loopback, without TLS needs an explicit choice (--allow-remote), or a TLS certificate and key.</source>
        <extracomment>%1 is an IP address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS needs both a certificate and its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is not available: this Qt has no working TLS backend (OpenSSL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent refuses to run as root: every command would run as root. Run it as an ordinary user, or allow it explicitly (--allow-root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s limits must be positive numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output encoding &quot;%1&quot; is not supported.</source>
        <extracomment>%1 is an encoding name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: classic mode has no authentication: anyone who can connect to %1 runs shell commands as this user. Use it only to try the tutorials&apos; clients.</source>
        <extracomment>%1 is an IP address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: classic mode is listening beyond loopback on %1: every machine that can reach this port owns this account.</source>
        <extracomment>%1 is an IP address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: listening on %1 without TLS: the token never crosses the network, but commands and their output do, readable by anyone on the path.</source>
        <extracomment>%1 is an IP address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed authentications from %1: refused for %n more second(s).</source>
        <extracomment>%1 is an IP address; %n a number of seconds.</extracomment>
        <translation>
            <numerusform>Too many failed authentications from %1: refused for %n more second.</numerusform>
            <numerusform>Too many failed authentications from %1: refused for %n more seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The agent already serves %n connection(s), its limit; try again later.</source>
        <translation>
            <numerusform>The agent already serves %n connection, its limit; try again later.</numerusform>
            <numerusform>The agent already serves %n connections, its limit; try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The agent already runs %n command(s), its limit; wait for one to end.</source>
        <translation>
            <numerusform>The agent already runs %n command, its limit; wait for it to end.</numerusform>
            <numerusform>The agent already runs %n commands, its limit; wait for one to end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: the token is only %n character(s) long. Anyone who can connect can test guesses offline; use at least %1 random characters (e.g. head -c 32 /dev/urandom | base64).</source>
        <translation>
            <numerusform>Warning: the token is only %n character long. Anyone who can connect can test guesses offline; use at least %1 random characters (e.g. head -c 32 /dev/urandom | base64).</numerusform>
            <numerusform>Warning: the token is only %n characters long. Anyone who can connect can test guesses offline; use at least %1 random characters (e.g. head -c 32 /dev/urandom | base64).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RcmdAuthClient</name>
    <message>
        <source>The token is empty: set the same token on the client and on the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nonce source gave %1 bytes instead of %2.</source>
        <extracomment>%1 and %2 are byte counts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent sent an unexpected %1 message after authentication.</source>
        <extracomment>%1 is a protocol message name (e.g. Challenge).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent refused authentication: %1</source>
        <extracomment>%1 is the agent&apos;s reason, a sentence.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent speaks remote-command protocol version %1, but this client speaks version %2; update one of them.</source>
        <extracomment>%1 and %2 are protocol version numbers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent could not prove that it knows the token: it is another agent or its token differs. This client did not authenticate to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent sent an unexpected %1 message during authentication.</source>
        <extracomment>%1 is a protocol message name (e.g. Output).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: the agent did not accept this client&apos;s token (the two tokens differ). Nothing was run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcmdAuthServer</name>
    <message>
        <source>The token is empty: set the same token on the client and on the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sent an unexpected %1 message after authentication.</source>
        <extracomment>%1 is a protocol message name (e.g. Hello).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer is not a SocketLab remote-command client (wrong magic); this agent expects protocol version %1.</source>
        <extracomment>%1 is a protocol version number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client speaks remote-command protocol version %1, but this agent speaks version %2; update one of them.</source>
        <extracomment>%1 and %2 are protocol version numbers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nonce source gave %1 bytes instead of %2.</source>
        <extracomment>%1 and %2 are byte counts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: the client&apos;s token does not match the agent&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sent %1 before authenticating: the connection is not authenticated, so nothing was run.</source>
        <extracomment>%1 is a protocol message name (e.g. Run).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcmdClassicSession</name>
    <message>
        <source>Too many commands queued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcmdClient</name>
    <message numerus="yes">
        <source>The agent at %1 did not complete connecting and authentication within %n second(s).</source>
        <translation>
            <numerusform>The agent at %1 did not complete connecting and authentication within %n second.</numerusform>
            <numerusform>The agent at %1 did not complete connecting and authentication within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agent&apos;s certificate is not trusted (%1). Its SHA-256 fingerprint is %2: if that is your agent&apos;s certificate, pin it (--fingerprint).</source>
        <extracomment>%1 lists the TLS library&apos;s reasons; %2 is a SHA-256 fingerprint.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent presented a certificate with SHA-256 fingerprint %1, not the pinned %2: it may be another machine. Nothing was sent.</source>
        <extracomment>%1 is the fingerprint seen, %2 the pinned one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent sent data this client cannot read: %1</source>
        <extracomment>%1 is the decoding error, a sentence.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent reported an error: %1</source>
        <extracomment>%1 is the agent&apos;s message, a sentence.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent closed the connection while commands were running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent sent a %1 message, which only a client sends.</source>
        <extracomment>%1 is a protocol message name (e.g. Run).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with the agent failed: %1</source>
        <extracomment>%1 is the TLS library&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the agent at %1 was lost while commands were running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent at %1 closed the connection before authentication completed (is it a SocketLab agent, and in the same mode?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcmdClientRelay</name>
    <message>
        <source>The connection to the agent was closed before the command ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an agent: connect first, then run a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command to run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcmdProtocol</name>
    <message>
        <source>The %1 message is %2 bytes, more than the %3 bytes a handshake message may have.</source>
        <extracomment>%1 is a protocol message name (e.g. Hello), %2 its size, %3 the limit, both in bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 message body is not a CBOR map.</source>
        <extracomment>%1 is a protocol message name (e.g. Run).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 message has a field name that is not text.</source>
        <extracomment>%1 is a protocol message name (e.g. Run).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 message has an unknown field &quot;%2&quot;.</source>
        <extracomment>%1 is a protocol message name (e.g. Run), %2 the field name the peer sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 message has the field &quot;%2&quot; twice.</source>
        <extracomment>%1 is a protocol message name (e.g. Run), %2 a field name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 message has trailing bytes after its body (%2 in all).</source>
        <extracomment>%1 is a protocol message name (e.g. Run), %2 a byte count.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 message has no &quot;%2&quot; field.</source>
        <extracomment>%1 is a protocol message name (e.g. Run), %2 a field name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 message body ends early: its CBOR data is truncated.</source>
        <extracomment>%1 is a protocol message name (e.g. Run).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 message contains text that is not valid UTF-8.</source>
        <extracomment>%1 is a protocol message name (e.g. Run).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 message body is not valid CBOR.</source>
        <extracomment>%1 is a protocol message name (e.g. Run).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; field of the %2 message must be an unsigned 32-bit integer.</source>
        <extracomment>%1 is a field name, %2 a protocol message name (e.g. Run).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; field of the %2 message must be a signed 32-bit integer.</source>
        <extracomment>%1 is a field name, %2 a protocol message name (e.g. Run).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; field of the %2 message must be an unsigned integer below 2^63.</source>
        <extracomment>%1 is a field name, %2 a protocol message name (e.g. Run).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; field of the %2 message must be true or false.</source>
        <extracomment>%1 is a field name, %2 a protocol message name (e.g. Run).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; field of the %2 message must be a text string.</source>
        <extracomment>%1 is a field name, %2 a protocol message name (e.g. Run).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; field of the %2 message must be a byte string.</source>
        <extracomment>%1 is a field name, %2 a protocol message name (e.g. Run).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; field of the %2 message must be a list of text strings.</source>
        <extracomment>%1 is a field name, %2 a protocol message name (e.g. Run).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; field of the %2 message must be %3 bytes, not %4.</source>
        <extracomment>%1 is a field name, %2 a protocol message name (e.g. Hello), %3 and %4 byte counts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 message has id 0, but command ids start at 1.</source>
        <extracomment>%1 is a protocol message name (e.g. Run).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Run message has an empty argv: it needs at least the program to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment entry &quot;%1&quot; of the Run message is not NAME=VALUE.</source>
        <extracomment>%1 is the entry as sent. NAME=VALUE is literal syntax.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Output message carries %1 bytes, more than the %2-byte chunk limit.</source>
        <extracomment>%1 and %2 are byte counts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Exit message has a negative duration (%1 ms).</source>
        <extracomment>%1 is the duration in milliseconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;stream&quot; field of the Output message must be &quot;stdout&quot; or &quot;stderr&quot;, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value the peer sent. &quot;stream&quot;, &quot;stdout&quot; and &quot;stderr&quot; are literal protocol names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;killedReason&quot; field of the Exit message must be none, timeout, cancel, disconnect or limit, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value the peer sent. The field name and the listed values are literal protocol names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote-command message is empty: every message starts with a type byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown remote-command message type 0x%1: the peer does not speak SocketLab remote-command protocol version %2.</source>
        <extracomment>%1 is a byte in hexadecimal, %2 the protocol version.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcmdReader</name>
    <message>
        <source>The frame size limit changed in the middle of a large frame; close the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcmdSession</name>
    <message numerus="yes">
        <source>Authentication took longer than %n second(s).</source>
        <translation>
            <numerusform>Authentication took longer than %n second.</numerusform>
            <numerusform>Authentication took longer than %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The client reported an error: %1</source>
        <extracomment>%1 is the client&apos;s own message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sent a %1 message, which only an agent sends.</source>
        <extracomment>%1 is a protocol message name (e.g. Output).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command %1 is already running on this connection.</source>
        <extracomment>%1 is a command number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This connection already runs %n command(s), its limit; wait for one to end.</source>
        <translation>
            <numerusform>This connection already runs %n command, its limit; wait for it to end.</numerusform>
            <numerusform>This connection already runs %n commands, its limit; wait for one to end.</numerusform>
        </translation>
    </message>
    <message>
        <source>The client left after the challenge without proving that it knows the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcmdTls</name>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint: expected 32 hex byte pairs such as AB:CD:... (64 hex digits).</source>
        <extracomment>%1 is what the user typed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER expected).</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no private key matching the certificate&apos;s key type (an unencrypted PEM key is expected).</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key %1 can be read or changed by other users (mode %2): make it private with chmod 600 %1.</source>
        <extracomment>%1 is a file path, %2 its permission bits in octal (e.g. 644).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveOptionsBox</name>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the content column shows the bytes received and sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text encoding used to show received bytes as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per read as it came from the socket, or one row per message cut out by the framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>len:4, line, delim:\r\n, struct-i…</source>
        <extracomment>Examples of framing specs: keep the specs themselves untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages need a framing: enter one above (for example len:4 or line). It applies to connections made after it is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop adding rows; what arrives meanwhile is kept and counted, and shown when you resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write every row to a file, one JSON object per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every row from the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text + hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per read, as the bytes came from the socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per message cut out by the framing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteCommandPage</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the agent: the program that runs commands for clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the console: a client that connects to an agent and runs commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the agent listens: loopback (127.0.0.1, ::1) is reachable from this machine only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed, or from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret clients must prove they know; a typed token is never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a random token (32 random bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when no token is typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file only you may read (chmod 600) holding the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic mode (the tutorials&apos; protocol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A raw command in, struct.pack(&apos;i&apos;) length plus output back: no authentication at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file; empty for plain TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted PEM key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command running longer is killed with its whole process group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of one command (stdout and stderr together) beyond this is dropped and the command killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow other machines without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen beyond loopback without TLS: commands and their output cross the network readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow running as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command would run as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the console&apos;s profile with this agent&apos;s address, port, token and certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every connection, authentication, command and exit of the agent, newest at the bottom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new profile, copied from this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s token; a typed token is never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the connection; the agent needs a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the agent&apos;s certificate, pinned on first use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the command runs on the agent&apos;s machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the output bytes are decoded for display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to an agent, type a command below and press Enter. Standard output shows as it arrives, standard error in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the command line (or the last command) in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected command (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to run; F2 to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command, e.g. ls -l (Up/Down: history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the agent to kill the running command (its whole process group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agent&apos;s token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agent&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agent&apos;s private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address: the agent listens on an address such as 127.0.0.1 or ::1.</source>
        <extracomment>%1 is what the user typed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a token (or press Generate), or choose a token file: clients must prove they know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS needs both a certificate and its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console speaks the authenticated protocol only; use the tutorials&apos; clients with classic mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 in classic mode: no authentication.</source>
        <extracomment>%1 is an address and port.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 with TLS; certificate fingerprint %2</source>
        <extracomment>%1 is an address and port, %2 a SHA-256 fingerprint.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 (plain TCP).</source>
        <extracomment>%1 is an address and port.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s); the last %1 shown</source>
        <translation>
            <numerusform>%n event; the last %1 shown</numerusform>
            <numerusform>%n events; the last %1 shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile %1</source>
        <extracomment>%1 is a number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile first: it says where the agent is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the agent&apos;s name or address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the agent&apos;s token or choose its token file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is an address and port.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticating with %1…</source>
        <extracomment>%1 is an address and port.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (plain TCP); the agent&apos;s output is %2.</source>
        <extracomment>%1 is an address and port, %2 an encoding name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 with TLS; the agent&apos;s output is %2.</source>
        <extracomment>%1 is an address and port, %2 an encoding name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent at %1 presented a certificate no authority vouches for. Its SHA-256 fingerprint is
%2
Trust it only if it is the one the agent shows (or openssl x509 -noout -fingerprint -sha256 prints for its certificate); it is then pinned in this profile.</source>
        <extracomment>%1 is an address and port, %2 a SHA-256 fingerprint.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the agent&apos;s certificate was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command is still running: wait for it to end, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: connect to an agent first, then run a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote in the command is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent declares its output as &quot;%1&quot;, which cannot be decoded here; showing it as UTF-8.</source>
        <extracomment>%1 is an encoding name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the agent kills the command&apos;s process group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript saved to %1.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the transcript to %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[not run to the end: %1]</source>
        <extracomment>%1 is the reason, a sentence.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1</source>
        <extracomment>%1 is a signal number and name, e.g. 15 (SIGTERM).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit %1</source>
        <extracomment>%1 is the exit status, a number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration; %1 is a number of milliseconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration; %1 is a number of seconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed: time limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed: output limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed: the client went away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[older output dropped]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older output was dropped: the view keeps about the last %1 characters.</source>
        <extracomment>%1 is a number of characters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (through the shell)</source>
        <extracomment>%1 is a command line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a command first (or run one): Add keeps it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program and arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell command (sh -c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first word is the program, the others its arguments: no shell, so ; | $ and * are plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s shell runs the line: pipes, redirections, variables and globs work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the agent declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s default directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyPolicy</name>
    <message>
        <source>Bad reply rule &quot;%1&quot;: write MATCH=&gt;REPLY, e.g. ping=&gt;pong or hex:01 02=&gt;hex:ff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad regular expression in reply rule &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad match in reply rule &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad reply in reply rule &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyRulesDialog</name>
    <message>
        <source>Reply rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;One rule per line, written as &lt;code&gt;MATCH=&amp;gt;REPLY&lt;/code&gt;. The first matching rule wins; empty lines are ignored.&lt;/p&gt;&lt;p&gt;&lt;code&gt;hello=&amp;gt;world&lt;/code&gt; replies &lt;i&gt;world&lt;/i&gt; to any message that contains &lt;i&gt;hello&lt;/i&gt;.&lt;br&gt;&lt;code&gt;exact:ping=&amp;gt;pong&lt;/code&gt; replies only when the whole message is &lt;i&gt;ping&lt;/i&gt;.&lt;br&gt;&lt;code&gt;hex:01 02=&amp;gt;hex:ff&lt;/code&gt; matches and replies with bytes written in hex.&lt;br&gt;&lt;code&gt;re:^GET .*=&amp;gt;HTTP/1.0 200 OK\r\n&lt;/code&gt; matches a regular expression.&lt;/p&gt;&lt;p&gt;Text parts accept C escapes such as &lt;code&gt;\r&lt;/code&gt;, &lt;code&gt;\n&lt;/code&gt;, &lt;code&gt;\t&lt;/code&gt; and &lt;code&gt;\x41&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotRenderer</name>
    <message>
        <source>Cannot create the screenshot folder %1: check the path and your permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1: check free space and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotScene</name>
    <message>
        <source>The screenshot scene did not complete in time on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex frame with a length prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent every 5 s by the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendBox</name>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type text to send… (Ctrl+Return sends, Up/Down recall earlier messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text with escapes, e.g. hello\r\n or \x41\x42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex bytes, e.g. 68 65 6c 6c 6f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path of a file to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the repeated send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendOptions</name>
    <message>
        <source>Bad value &quot;%1&quot; for --line-ending: use none, lf, crlf or cr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown checksum &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendOptionsBox</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the typed text becomes bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character encoding of text (not used for hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appended after the message and its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check&amp;sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed over the message bytes and appended before the line ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times one click sends the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between repeats; 0 sends as fast as the peer takes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file and send its bytes as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text with escapes (\n \x41)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF \n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLF \r\n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR \r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketErrorText</name>
    <message>
        <source>Connection to %1 was refused: nothing is listening on that port (or a firewall said no). Check the address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; was not found: check the name, or use an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 timed out after %2 ms: the host may be down, or a firewall drops the packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for port %1: ports below 1024 need administrator rights. Use a port from 1024 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 is not on this machine: bind to one of its own addresses, or to any address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error with %1: the network is unreachable or the connection was reset (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datagram to %1 is too large for the network: send at most 65,507 bytes over IPv4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not supported here (is IPv6 disabled?). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of sockets or memory for %1: close some connections or raise the open-files limit (ulimit -n).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket error with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is in use by another program (address reuse was on, so this is not a socket left in TIME_WAIT): stop that program or pick another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is in use (maybe by a socket in TIME_WAIT from an earlier run): allow address reuse (SO_REUSEADDR) or pick another port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpClient</name>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpClientCommand</name>
    <message>
        <source>--connect needs a host name or address, e.g. 127.0.0.1:9000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind needs an IP address of this machine, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting in %1 ms (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 failed; %3 sent, %4 received</source>
        <comment>connection count, failed count, byte counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TcpClientHandle</name>
    <message>
        <source>Not connected: connect first, then send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: there is no connection to visualize.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpClientPage</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a failure or a close, try again with a growing delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_NODELAY (turn Nagle off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send small writes at once instead of coalescing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive (SO_KEEPALIVE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many bytes per read, like recv(N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait this long before each read, so that sends pile up (sticky-packet experiments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting in %1 ms (attempt %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: connect first, then send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graceful (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what is pending, then close: the peer reads the end of the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop what is pending and reset: the peer sees &quot;connection reset&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpConnection</name>
    <message>
        <source>%1 stopped reading: %2 bytes are waiting to be sent to it (limit %3), so it was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not take the last bytes within %2 s; the connection was aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted: %1 was sent a reset (RST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing error from %1: %2 The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed in the middle of a message. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpServer</name>
    <message>
        <source>Could not accept a client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refused %1: the server already has its maximum of %n client(s).</source>
        <translation>
            <numerusform>Refused %1: the server already has its maximum of %n client.</numerusform>
            <numerusform>Refused %1: the server already has its maximum of %n clients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TcpServerHandle</name>
    <message>
        <source>No client is connected: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected clients have disconnected: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client #%1 has disconnected; its stream trace is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpServerPage</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local address to listen on: 0.0.0.0 = every IPv4 address, :: or * = IPv6 and IPv4, 127.0.0.1 = this machine only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 picks any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse address (SO_REUSEADDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets the server listen again at once while old connections are in TIME_WAIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual-stack: IPv6 and IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the :: address, accept IPv4 clients too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections the system queues before accept()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many bytes per read, like recv(N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait this long before each read, so that sends pile up (sticky-packet experiments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the Send button sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the selected clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the data view to the clients selected above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned away %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the clients to disconnect first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not listening: start it, then send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client is selected: select clients in the table, or send to all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visualize this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to all clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to selected clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextCodec</name>
    <message>
        <source>Latin-1 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16LE (little-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <extracomment>%1 is the encoding name as given, e.g. &quot;GBK&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid character %1 at position %2: an unpaired UTF-16 surrogate is not text.</source>
        <extracomment>%1 is a code like U+D800, %2 its 1-based position.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character %1 at position %2 cannot be encoded in %3.</source>
        <extracomment>%1 is the character in quotes or a code like U+0081, %2 its 1-based position, %3 the encoding name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text cannot be encoded in %1.</source>
        <extracomment>%1 is the encoding name, e.g. &quot;GBK&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <source>Write #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datagram #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte offset →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (ms) →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoded messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver → sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours show messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours show write calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours show reads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header / delimiter bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlighted range (click a block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never read: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocks merged at this zoom: bytes %2–%3. Zoom in (Ctrl+wheel) to see them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bytes, at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes %1–%2 (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From writes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header bytes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter bytes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the bytes were not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… +%1 more bytes not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenFile</name>
    <message>
        <source>The token file %1 does not exist.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 can be read or changed by other users (mode %2): make it private with chmod 600 %1.</source>
        <extracomment>%1 is a file path, %2 its permission bits in octal (e.g. 644).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 is larger than %2 bytes: is it the right file?</source>
        <extracomment>%1 is a file path, %2 a number of bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 is empty: put a long random secret in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficLog</name>
    <message>
        <source>Cannot open the traffic log file %1: %2. Choose a file in a folder you can write to.</source>
        <extracomment>%1 is the file path, %2 the system&apos;s reason (e.g. &quot;No such file or directory&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the traffic log file %1 failed: %2. The file was closed; free some space or choose another file.</source>
        <extracomment>%1 is the file path, %2 the system&apos;s reason (e.g. &quot;No space left on device&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RX</source>
        <comment>direction: received</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TX</source>
        <comment>direction: sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <comment>direction: a notice such as connected or closed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <comment>direction: an error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more byte(s)</source>
        <translation>
            <numerusform>… %n more byte</numerusform>
            <numerusform>… %n more bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n byte(s)</source>
        <extracomment>%1 is what the row is (Read, Write, Message, Datagram), %n its size.</extracomment>
        <translation>
            <numerusform>%1, %n byte</numerusform>
            <numerusform>%1, %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty datagram)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficPageBinding</name>
    <message numerus="yes">
        <source>Stopped after %n message(s).</source>
        <translation>
            <numerusform>Stopped after %n message.</numerusform>
            <numerusform>Stopped after %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save received data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving every row from now on to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficStatusBar</name>
    <message numerus="yes">
        <source>RX %1 · %n message(s) · %2</source>
        <translation>
            <numerusform>RX %1 · %n message · %2</numerusform>
            <numerusform>RX %1 · %n messages · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TX %1 · %n message(s) · %2</source>
        <translation>
            <numerusform>TX %1 · %n message · %2</numerusform>
            <numerusform>TX %1 · %n messages · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Received: %1 bytes in %2 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1 bytes in %2 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view could not keep up, so these rows were left out of it; the counters still count their bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count from zero again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpCommand</name>
    <message>
        <source>--send-to needs an IP address, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--join needs a multicast group address (224.0.0.0/4 or ff00::/8), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--send needs a --send-to HOST:PORT to send to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpPage</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local address to bind: 0.0.0.0 = every IPv4 address, :: or * = IPv6 and IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 picks any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the port (SO_REUSEADDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let other programs bind the same port, as multicast receivers do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target 255.255.255.255: every host on the local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. 唐僧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Bound to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UDP socket is not open: open it, then send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1 (%2:%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a multicast group: use 224.0.0.0 to 239.255.255.255 or an IPv6 ff00::/8 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpPeer</name>
    <message>
        <source>The datagram for %1 is %2 bytes: UDP over %3 carries at most %4 bytes. Split it or use TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send to %1: the UDP socket is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not join the multicast group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the multicast group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not leave the multicast group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the multicast group %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpPeerHandle</name>
    <message>
        <source>The UDP socket is not open: open it first, then send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisualizerPage</name>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiments of the tutorials; choosing one fills the boxes below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages separated by commas, with C escapes (\n, \x00); write \, for a comma. An empty piece is an empty message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &quot;Split each message&quot;: write calls per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_NODELAY (Nagle&apos;s algorithm off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv(N) sizes: one number, or several separated by commas (1,5,1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the last size until the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the receiver makes exactly these reads and stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver waits this long before each read, like time.sleep() in the tutorials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat a live run to see how often the outcome changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the experiment and draw every event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the events one at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the diagram as a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the diagram as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the trace (events, totals, bytes in hex) as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the diagram as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the diagram as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the trace as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three sends, one read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One send, small reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: length, then ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: length prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: JSON header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP keeps boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nagle vs TCP_NODELAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One write per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All messages in one write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split each message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length, wait for ready, data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated (same result every time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live runs need the network engine, which is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running live on 127.0.0.1: run %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet visualizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a preset and press Run to draw every write, segment, read and frame; Step shows them one at a time. Click a block to find its bytes in every lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over %1 live runs: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trace has no writes (a server&apos;s side of a connection only reads), so each read has its own colour. The messages the peer meant are not known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages are known for a connection, so colours mark the write calls; a read shows the colours of the writes at the same stream offsets (as with an echo peer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends %1 · Segments %2 · Reads %3 · Frames %4 · Bytes %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 ms: no bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 ms: bytes %3–%4 &quot;%5&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: check the folder, its permissions and the free space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
