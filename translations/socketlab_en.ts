<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</context>
<context>
    <name>EscapedText</name>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <extracomment>%1 is the encoding name as given, e.g. &quot;GBK&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character %1 at position %2 cannot be encoded in %3.</source>
        <extracomment>%1 is the character in quotes or a code like U+0081, %2 its 1-based position, %3 the encoding name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid character %1 at position %2: an unpaired UTF-16 surrogate is not text.</source>
        <extracomment>%1 is a code like U+D800, %2 its 1-based position.</extracomment>
        <translation type="unfinished"></translation>
    </message>
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
        <source>TCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on a port, serve many clients at once, and see every read exactly as it arrived: size, time, bytes. Reply with echo, upper case or your own rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to any server by name or address, send text, hex or files, and follow the connection through its whole life: looking up, connecting, connected, closing, closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind a port, keep an address book of peers, send and receive datagrams (empty ones too), broadcast and join multicast groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run commands on another machine through an authenticated agent and watch their output stream back, framed and safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet Visualizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet visualizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how TCP coalesces small sends and splits large ones (sticky packets), and how framing restores every message boundary.</source>
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
</TS>
