<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddressBook</name>
    <message>
        <source>A contact needs a name.</source>
        <translation>联系人需要一个名字。</translation>
    </message>
    <message>
        <source>The contact &quot;%1&quot; needs an IP address.</source>
        <translation>联系人“%1”需要一个 IP 地址。</translation>
    </message>
    <message>
        <source>Bad contact &quot;%1&quot;: write NAME=HOST:PORT, e.g. 唐僧=127.0.0.1:9000.</source>
        <translation>联系人“%1”有误：请写成 名字=主机:端口，例如 唐僧=127.0.0.1:9000。</translation>
    </message>
    <message>
        <source>The contact &quot;%1&quot; needs an IP address, not &quot;%2&quot;.</source>
        <translation>联系人“%1”需要 IP 地址，而不是“%2”。</translation>
    </message>
    <message>
        <source>The address book is not a JSON list of contacts: %1.</source>
        <translation>地址簿不是由联系人组成的 JSON 列表：%1。</translation>
    </message>
    <message>
        <source>expected [ ... ]</source>
        <translation>应为 [ ... ]</translation>
    </message>
    <message>
        <source>The contact &quot;%1&quot; has no valid port.</source>
        <translation>联系人“%1”没有有效的端口。</translation>
    </message>
</context>
<context>
    <name>AgentCommand</name>
    <message>
        <source>--token-file PATH is required: clients must prove they know its secret.</source>
        <translation>必须提供 --token-file PATH：客户端必须证明自己知道其中的密钥。</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert 与 --tls-key 必须同时给出。</translation>
    </message>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation>无法写入审计日志 %1：%2</translation>
    </message>
</context>
<context>
    <name>BufferedFrameCodec</name>
    <message>
        <source>Incomplete frame: %1 of %2 header bytes.</source>
        <extracomment>At close. %1 and %2 are byte counts, e.g. &quot;2 of 4&quot;.</extracomment>
        <translation>不完整的帧：收到帧头 %2 字节中的 %1 字节。</translation>
    </message>
    <message>
        <source>Incomplete frame: %1 of %2 bytes.</source>
        <extracomment>At close. %1 and %2 are byte counts of the whole frame, header included.</extracomment>
        <translation>不完整的帧：收到 %2 字节中的 %1 字节。</translation>
    </message>
</context>
<context>
    <name>ByteFormat</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
</context>
<context>
    <name>Checksum</name>
    <message>
        <source>None</source>
        <extracomment>No checksum is appended.</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>Sum (8-bit)</source>
        <extracomment>The byte sum modulo 256.</extracomment>
        <translation>累加和（8 位）</translation>
    </message>
    <message>
        <source>XOR (8-bit)</source>
        <extracomment>All bytes combined with exclusive or.</extracomment>
        <translation>异或校验（8 位）</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Run a TCP server that shows every read and can echo or upper-case replies.</source>
        <translation>运行 TCP 服务器：显示每一次读取，可回显或转成大写回复。</translation>
    </message>
    <message>
        <source>Connect to a TCP server, send text, hex or a file, and show what comes back.</source>
        <translation>连接 TCP 服务器，发送文本、十六进制或文件，并显示收到的回复。</translation>
    </message>
    <message>
        <source>Bind a UDP port, send datagrams to peers and show every datagram received.</source>
        <translation>绑定 UDP 端口，向对端发送数据报，并显示收到的每一个数据报。</translation>
    </message>
    <message>
        <source>Run the remote-command agent: authenticated, and on loopback unless told otherwise.</source>
        <translation>运行远程命令代理：需要认证，默认只监听本机回环地址。</translation>
    </message>
    <message>
        <source>Run a command through a remote-command agent and stream its output.</source>
        <translation>通过远程命令代理执行命令，并实时输出结果。</translation>
    </message>
    <message>
        <source>Run a sticky-packet experiment, simulated or live over loopback.</source>
        <translation>运行粘包实验：模拟运行，或在本机回环上真实运行。</translation>
    </message>
    <message>
        <source>Measure throughput and latency against a reference tool.</source>
        <translation>与参照工具对比，测量吞吐量和延迟。</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS]
       %1 --help | --version

SocketLab without a display: servers, clients, UDP, remote commands and the sticky-packet lab.

Commands:
</source>
        <translation>用法：%1 命令 [选项]
      %1 --help | --version

无界面的套接字实验室：服务器、客户端、UDP、远程命令和粘包实验。

命令：
</translation>
    </message>
    <message>
        <source>(not available yet)</source>
        <translation>（尚不可用）</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>运行“%1 命令 --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>用法：%1 %2 %3</translation>
    </message>
    <message>
        <source>This command is not available yet.</source>
        <translation>此命令尚不可用。</translation>
    </message>
    <message>
        <source>%1: unknown command &quot;%2&quot;. Run &apos;%1 --help&apos; for the list of commands.</source>
        <translation>%1：未知命令“%2”。运行“%1 --help”查看命令列表。</translation>
    </message>
    <message>
        <source>%1: %2 is not available yet.</source>
        <translation>%1：%2 尚不可用。</translation>
    </message>
    <message>
        <source>Clients prove they know the secret in --token-file (which must be private: chmod 600) and the agent proves it too; the secret never crosses the network.
Listening beyond loopback needs TLS (--tls-cert, --tls-key) or --allow-remote.
Limits (defaults): --timeout 300 s per command (0: none), --max-output 67108864 bytes (0: none), --max-commands 16, --max-commands-per-connection 4, --max-connections 16, --auth-timeout 10 s, --backoff 60 s after --max-auth-failures 3.
DANGEROUS: --classic speaks the tutorials&apos; unauthenticated protocol (a raw command in, struct.pack(&apos;i&apos;) length and output back): anyone who can connect runs shell commands. It stays on loopback unless --classic-allow-remote.</source>
        <translation>客户端要证明自己知道 --token-file 中的密钥（该文件必须私有：chmod 600），代理也要向客户端证明；密钥从不在网络上传输。
在回环地址以外监听需要 TLS（--tls-cert、--tls-key）或 --allow-remote。
限制（默认值）：每条命令 --timeout 300 秒（0：不限），--max-output 67108864 字节（0：不限），--max-commands 16，--max-commands-per-connection 4，--max-connections 16，--auth-timeout 10 秒，--max-auth-failures 3 次失败后 --backoff 60 秒。
危险：--classic 使用教程中无认证的协议（收到原始命令，返回 struct.pack(&apos;i&apos;) 长度和输出）：任何能连上的人都能执行 shell 命令。除非指定 --classic-allow-remote，它只在回环地址上监听。</translation>
    </message>
    <message>
        <source>The command runs as a program with its arguments, no shell: -- echo &apos;a;b&apos; prints a;b.
DANGEROUS: --shell runs the words as one /bin/sh command line on the agent, with pipes, redirections and whatever else the line says.
stdout and stderr stream to yours; the exit status is the command&apos;s (128+N after signal N, 127 when it could not start, 1 when the connection failed).
Output is decoded from the encoding the agent declares (or --encoding) to UTF-8; --raw passes the bytes unchanged. --fingerprint pins the agent&apos;s TLS certificate (implies --tls).</source>
        <translation>命令作为程序加参数运行，不经过 shell：-- echo &apos;a;b&apos; 输出 a;b。
危险：--shell 会把这些词作为一条 /bin/sh 命令行在代理上执行，管道、重定向等都会生效。
stdout 和 stderr 实时输出到本地对应的流；退出码就是命令的退出码（被信号 N 终止时为 128+N，无法启动时为 127，连接失败时为 1）。
输出按代理声明的编码（或 --encoding）解码为 UTF-8；--raw 原样输出字节。--fingerprint 固定代理的 TLS 证书（隐含 --tls）。</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>连接时间</translation>
    </message>
    <message>
        <source>RX</source>
        <translation>收</translation>
    </message>
    <message>
        <source>TX</source>
        <translation>发</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>CommandProcess</name>
    <message>
        <source>Cannot run &quot;%1&quot;: the working directory &quot;%2&quot; does not exist.</source>
        <translation>无法运行“%1”：工作目录“%2”不存在。</translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;: no such program.</source>
        <translation>无法运行“%1”：没有这个程序。</translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;: it is not an executable file.</source>
        <translation>无法运行“%1”：它不是可执行文件。</translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;: %2.</source>
        <translation>无法运行“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>The command is empty: give a program or a command line to run.</source>
        <translation>命令为空：请给出要运行的程序或命令行。</translation>
    </message>
    <message>
        <source>A shell command must be one command line, not %1 separate arguments: join them into one line.</source>
        <translation>Shell 命令必须是一整行命令，而不是 %1 个单独的参数：请把它们合并成一行。</translation>
    </message>
    <message>
        <source>An argument contains a NUL character, which no program can receive: remove it.</source>
        <translation>某个参数含有 NUL 字符，任何程序都无法接收它：请删除该字符。</translation>
    </message>
    <message>
        <source>The environment entry &quot;%1&quot; is not valid: write it as NAME=VALUE with a non-empty NAME.</source>
        <translation>环境变量项“%1”无效：请写成 NAME=VALUE 的形式，且 NAME 不能为空。</translation>
    </message>
    <message>
        <source>The timeout cannot be negative (%1 ms): use 0 for no timeout.</source>
        <translation>超时时间不能为负数（%1 毫秒）：不需要超时请使用 0。</translation>
    </message>
    <message>
        <source>The output limit cannot be negative (%1 bytes): use 0 for no limit.</source>
        <translation>输出上限不能为负数（%1 字节）：不需要上限请使用 0。</translation>
    </message>
    <message>
        <source>A command with id %1 is already running: wait for it to finish or cancel it.</source>
        <translation>ID 为 %1 的命令已在运行：请等待它结束或取消它。</translation>
    </message>
    <message>
        <source>Too many commands are running at once (%1): wait for one to finish.</source>
        <translation>同时运行的命令过多（%1 个）：请等待其中一个结束。</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Select a row to see all of its bytes as text and as a hex dump.</source>
        <translation>选中一行，即可看到它的全部字节：文本和十六进制转储。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows as text, one row per line</source>
        <translation>把选中的行复制为文本，每行一条</translation>
    </message>
    <message>
        <source>Copy as &amp;hex</source>
        <translation>复制为十六进制(&amp;H)</translation>
    </message>
    <message>
        <source>Copy the bytes of the selected rows as hex, one row per line</source>
        <translation>把选中行的字节复制为十六进制，每行一条</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Visualize this connection</source>
        <translation>可视化这个连接(&amp;V)</translation>
    </message>
    <message>
        <source>Show how this connection&apos;s writes and reads line up in the visualizer</source>
        <translation>在可视化页中查看这个连接的每次写入与每次读取如何对应</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Text (%1):</source>
        <extracomment>%1 is the encoding, e.g. UTF-8.</extracomment>
        <translation>文本（%1）：</translation>
    </message>
    <message>
        <source>Hex:</source>
        <translation>十六进制：</translation>
    </message>
</context>
<context>
    <name>DelimiterCodec</name>
    <message>
        <source>The message contains the delimiter %1 at byte %2, so it would be cut there: pick another delimiter or another framing.</source>
        <extracomment>%1 is the delimiter with C escapes (e.g. <byte value="xd"/>
), %2 the 0-based byte index where it starts.</extracomment>
        <translation>消息在第 %2 字节处含有分隔符 %1，会在那里被截断：请换一个分隔符或另一种分帧方式。</translation>
    </message>
    <message>
        <source>The message ends with the start of the delimiter %1, so it would be cut early: pick another delimiter or another framing.</source>
        <extracomment>%1 is the delimiter with C escapes.</extracomment>
        <translation>消息以分隔符 %1 的开头部分结尾，会被提前截断：请换一个分隔符或另一种分帧方式。</translation>
    </message>
    <message>
        <source>The message ends with \r, which line framing strips when decoding: use delim:\n to keep it.</source>
        <translation>消息以 \r 结尾，而按行分帧在解码时会去掉它：如需保留，请使用 delim:\n。</translation>
    </message>
    <message>
        <source>Incomplete message: %1 bytes without the delimiter %2.</source>
        <extracomment>At close. %1 is a byte count, %2 the delimiter with C escapes (e.g. <byte value="xd"/>
).</extracomment>
        <translation>不完整的消息：%1 字节后没有出现分隔符 %2。</translation>
    </message>
    <message>
        <source>No delimiter within %1 bytes: the message is longer than the maximum frame size, or the peer does not end its messages with %2.</source>
        <extracomment>%1 is the limit in bytes, %2 the delimiter with C escapes.</extracomment>
        <translation>在 %1 字节内没有出现分隔符：消息超过了最大帧长度，或者对端的消息并不以 %2 结尾。</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Bad address &quot;%1&quot;: write an IPv6 address as [::1]:PORT.</source>
        <translation>地址“%1”有误：IPv6 地址请写成 [::1]:端口。</translation>
    </message>
    <message>
        <source>Bad address &quot;%1&quot;: expected HOST:PORT, e.g. 127.0.0.1:9000.</source>
        <translation>地址“%1”有误：应为 主机:端口，例如 127.0.0.1:9000。</translation>
    </message>
    <message>
        <source>Bad address &quot;%1&quot;: write an IPv6 address in brackets, e.g. [::1]:9000.</source>
        <translation>地址“%1”有误：IPv6 地址请加方括号，例如 [::1]:9000。</translation>
    </message>
    <message>
        <source>Bad port &quot;%1&quot; in &quot;%2&quot;: use a number from 0 to 65535.</source>
        <translation>“%2”中的端口“%1”有误：请使用 0 到 65535 之间的数字。</translation>
    </message>
</context>
<context>
    <name>EscapedText</name>
    <message>
        <source>The text ends with a lone backslash at position %1: write &quot;\\&quot; for a backslash.</source>
        <extracomment>%1 is the 1-based position of the backslash.</extracomment>
        <translation>文本在第 %1 个位置以单独的反斜杠结尾：反斜杠本身请写成“\\”。</translation>
    </message>
    <message>
        <source>Incomplete escape &quot;%1&quot; at position %2: \x needs exactly two hex digits, e.g. \x0a.</source>
        <extracomment>%1 is the incomplete escape as typed, e.g. &quot;<byte value="x4"/>&quot;, %2 the 1-based position of its backslash.</extracomment>
        <translation>第 %2 个位置的转义“%1”不完整：\x 后面必须正好跟两位十六进制数字，例如 \x0a。</translation>
    </message>
    <message>
        <source>Unknown escape &quot;%1&quot; at position %2.</source>
        <extracomment>%1 is the escape as typed, e.g. &quot;q&quot;, %2 the 1-based position of its backslash.</extracomment>
        <translation>第 %2 个位置的转义“%1”无法识别。</translation>
    </message>
    <message>
        <source>Unknown escape at position %1: a backslash followed by %2.</source>
        <extracomment>%1 is the 1-based position of the backslash, %2 a code like U+0009.</extracomment>
        <translation>第 %1 个位置的转义无法识别：反斜杠后面跟的是 %2。</translation>
    </message>
</context>
<context>
    <name>EventPrinter</name>
    <message>
        <source>listening %1</source>
        <translation>正在监听 %1</translation>
    </message>
    <message>
        <source>connected %1</source>
        <translation>已连接 %1</translation>
    </message>
    <message>
        <source>connected %1 from %2</source>
        <translation>已连接 %1（本地 %2）</translation>
    </message>
    <message>
        <source>resolved %1 %2</source>
        <translation>已解析 %1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>peer and its contact name</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>read %1 %2 %3</source>
        <comment>peer, size in bytes, quoted text</comment>
        <translation>读取 %1 %2 字节 %3</translation>
    </message>
    <message>
        <source>frame %1 %2 %3</source>
        <comment>peer, size in bytes, quoted text</comment>
        <translation>帧 %1 %2 字节 %3</translation>
    </message>
    <message>
        <source>datagram %1 %2 %3</source>
        <comment>peer, size in bytes, quoted text</comment>
        <translation>数据报 %1 %2 字节 %3</translation>
    </message>
    <message>
        <source>sent %1 %2</source>
        <comment>peer, size in bytes</comment>
        <translation>已发送 %1 %2 字节</translation>
    </message>
    <message>
        <source>disconnected %1</source>
        <translation>已断开 %1</translation>
    </message>
    <message>
        <source>disconnected %1: %2</source>
        <translation>已断开 %1：%2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>summary: in %1 / %2, out %3 / %4</source>
        <comment>byte and message counts</comment>
        <translation>汇总：收到 %1 / %2，发出 %3 / %4</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>summary and client count</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n 个客户端</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>--connect needs the agent&apos;s host, not *.</source>
        <translation>--connect 需要代理的主机地址，不能用 *。</translation>
    </message>
    <message>
        <source>--token-file PATH is required: it holds the secret the agent knows too.</source>
        <translation>必须提供 --token-file PATH：其中保存着代理也知道的密钥。</translation>
    </message>
    <message>
        <source>Give the command to run after --, e.g. -- ls -l.</source>
        <translation>请在 -- 之后给出要执行的命令，例如 -- ls -l。</translation>
    </message>
    <message>
        <source>--env needs NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--env 需要 NAME=VALUE 形式，而不是“%1”。</translation>
    </message>
    <message>
        <source>The agent declares its output as &quot;%1&quot;, which this client cannot decode; showing the raw bytes.</source>
        <extracomment>%1 is an encoding name.</extracomment>
        <translation>代理声明其输出编码为“%1”，本客户端无法解码；将显示原始字节。</translation>
    </message>
    <message>
        <source>The output was cut: the command wrote more than the agent&apos;s output limit.</source>
        <translation>输出被截断：命令的输出超过了代理的输出上限。</translation>
    </message>
    <message>
        <source>The agent killed the command: it ran longer than the agent&apos;s time limit.</source>
        <translation>代理终止了该命令：运行时间超过了代理的时间上限。</translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation>命令已取消。</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
</context>
<context>
    <name>FixedSizeCodec</name>
    <message>
        <source>The message is %1 bytes, but this framing needs messages of exactly %2 bytes.</source>
        <extracomment>%1 is the message size, %2 the size the framing requires.</extracomment>
        <translation>消息有 %1 字节，但这种分帧要求每条消息正好 %2 字节。</translation>
    </message>
</context>
<context>
    <name>FrameCodec</name>
    <message>
        <source>The message is %1 bytes, more than the maximum frame size of %2 bytes.</source>
        <extracomment>%1 and %2 are byte counts.</extracomment>
        <translation>消息有 %1 字节，超过了 %2 字节的最大帧长度。</translation>
    </message>
</context>
<context>
    <name>FramingSpecParser</name>
    <message>
        <source>Bad maximum frame size %1: it must be at least 1 byte.</source>
        <extracomment>%1 is the rejected size.</extracomment>
        <translation>最大帧长度 %1 有误：至少应为 1 字节。</translation>
    </message>
    <message>
        <source>The framing spec is empty: use none, len:N, struct-i, delim:SEQ, line, fixed:N or jsonhdr.</source>
        <translation>分帧规格为空：请使用 none、len:N、struct-i、delim:SEQ、line、fixed:N 或 jsonhdr。</translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: the delimiter is empty; write e.g. delim:\r\n.</source>
        <extracomment>%1 is the spec as typed.</extracomment>
        <translation>分帧“%1”有误：分隔符为空；请写成例如 delim:\r\n。</translation>
    </message>
    <message>
        <source>Bad delimiter &quot;%1&quot; in framing &quot;%2&quot;: %3</source>
        <extracomment>%1 is the delimiter as typed, %2 the spec, %3 the escape error (positions count in the delimiter).</extracomment>
        <translation>分帧“%2”中的分隔符“%1”有误：%3</translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: &quot;%2&quot; takes no options.</source>
        <extracomment>%1 is the spec as typed, %2 its kind (e.g. line).</extracomment>
        <translation>分帧“%1”有误：“%2”不带任何选项。</translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: the message size is missing; write e.g. fixed:16.</source>
        <translation>分帧“%1”有误：缺少消息长度；请写成例如 fixed:16。</translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: the message size must be a whole number of bytes, at least 1.</source>
        <translation>分帧“%1”有误：消息长度必须是不小于 1 的整数字节数。</translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: the message size exceeds the maximum frame size of %2 bytes.</source>
        <extracomment>%1 is the spec as typed, %2 the limit in bytes.</extracomment>
        <translation>分帧“%1”有误：消息长度超过了 %2 字节的最大帧长度。</translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: the length size is missing; write e.g. len:4.</source>
        <translation>分帧“%1”有误：缺少长度字段的字节数；请写成例如 len:4。</translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: the length size must be 1, 2, 4 or 8 bytes.</source>
        <translation>分帧“%1”有误：长度字段必须是 1、2、4 或 8 字节。</translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: the option &quot;%2&quot; is given twice.</source>
        <extracomment>%1 is the spec as typed, %2 the repeated option.</extracomment>
        <translation>分帧“%1”有误：选项“%2”出现了两次。</translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: give only one of be and le.</source>
        <translation>分帧“%1”有误：be 和 le 只能选一个。</translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: unknown option &quot;%2&quot;; use be, le, signed or incl.</source>
        <extracomment>%1 is the spec as typed, %2 the option not understood.</extracomment>
        <translation>分帧“%1”有误：未知选项“%2”；请使用 be、le、signed 或 incl。</translation>
    </message>
    <message>
        <source>Bad framing &quot;%1&quot;: unknown kind &quot;%2&quot;; use none, len:N, struct-i, delim:SEQ, line, fixed:N or jsonhdr.</source>
        <extracomment>%1 is the spec as typed, %2 the kind not understood.</extracomment>
        <translation>分帧“%1”有误：未知类型“%2”；请使用 none、len:N、struct-i、delim:SEQ、line、fixed:N 或 jsonhdr。</translation>
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
        <translation>分帧规格：
  none                           原始字节流：每次读取就是一条消息
  len:N[:be|le][:signed][:incl]  N 字节长度前缀（N = 1、2、4 或 8），默认大端、无符号；incl：长度包含帧头本身
  struct-i                       即 len:4:le:signed，相当于 x86 上 Python 的 struct.pack(&apos;i&apos;, n)
  delim:SEQ                      消息以 SEQ 结尾（可用 C 转义，例如 delim:\r\n）
  line                           即 delim:\n，并去掉行尾的 \r
  fixed:N                        每条消息固定 N 字节
  jsonhdr                        先是 struct-i 格式的 JSON 报头长度，然后是报头 {&quot;size&quot;: N, ...}，最后是 N 字节的正文</translation>
    </message>
</context>
<context>
    <name>GuiCommandLine</name>
    <message>
        <source>Start in language LANG: %1.</source>
        <translation>以语言 LANG 启动：%1。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Render every page to DIR/&lt;page&gt;.png and exit (works without a display).</source>
        <translation>把每个页面渲染为 DIR/&lt;页面&gt;.png 后退出（无需显示器）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>SocketLab, a desktop network laboratory.</source>
        <translation>SocketLab 套接字实验室，桌面网络实验工具。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use one of %2.</source>
        <translation>未知语言“%1”：请使用 %2 之一。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: see --help.</source>
        <translation>多余的参数“%1”：请查看 --help。</translation>
    </message>
</context>
<context>
    <name>HexCodec</name>
    <message>
        <source>Invalid hex character %1 at position %2.</source>
        <extracomment>%1 is the character in quotes or a code like U+0007, %2 its 1-based position.</extracomment>
        <translation>第 %2 个位置的十六进制字符 %1 无效。</translation>
    </message>
    <message>
        <source>Expected hex digits at position %1, after &quot;%2&quot;.</source>
        <extracomment>%1 is the 1-based position right after the prefix, %2 the prefix as typed (&quot;0x&quot; or &quot;0X&quot;).</extracomment>
        <translation>第 %1 个位置应为十六进制数字（在“%2”之后）。</translation>
    </message>
    <message>
        <source>Odd number of hex digits in &quot;%1&quot; at position %2: write each byte as two digits.</source>
        <extracomment>%1 is the token as typed, %2 the 1-based position of its last, unpaired digit.</extracomment>
        <translation>“%1”中的十六进制数字个数为奇数（第 %2 个位置）：每个字节请写成两位数字。</translation>
    </message>
</context>
<context>
    <name>JsonHeaderCodec</name>
    <message>
        <source>JSON header length %1 is negative: the peer is not sending this framing.</source>
        <extracomment>%1 is the (negative) header length read from the stream.</extracomment>
        <translation>JSON 报头长度 %1 为负数：对端发送的不是这种分帧格式。</translation>
    </message>
    <message>
        <source>JSON header length %1 exceeds the limit of %2 bytes: the peer is not sending this framing.</source>
        <extracomment>%1 is the header length read from the stream, %2 the limit in bytes.</extracomment>
        <translation>JSON 报头长度 %1 超过了 %2 字节的上限：对端发送的不是这种分帧格式。</translation>
    </message>
    <message>
        <source>Malformed JSON header: %1 at byte %2.</source>
        <extracomment>%1 is Qt&apos;s description of the JSON error, e.g. &quot;unterminated object&quot;, %2 a 0-based byte index.</extracomment>
        <translation>JSON 报头格式错误：第 %2 字节处 %1。</translation>
    </message>
    <message>
        <source>The JSON header is not an object: expected {&quot;size&quot;: N, ...}.</source>
        <translation>JSON 报头不是对象：应为 {&quot;size&quot;: N, ...}。</translation>
    </message>
    <message>
        <source>The JSON header has no &quot;size&quot; field: expected {&quot;size&quot;: N, ...}.</source>
        <translation>JSON 报头没有“size”字段：应为 {&quot;size&quot;: N, ...}。</translation>
    </message>
    <message>
        <source>The JSON header&apos;s &quot;size&quot; is not a whole number.</source>
        <translation>JSON 报头中的“size”不是整数。</translation>
    </message>
    <message>
        <source>The JSON header&apos;s &quot;size&quot; %1 is negative.</source>
        <extracomment>%1 is the size from the header.</extracomment>
        <translation>JSON 报头中的“size” %1 为负数。</translation>
    </message>
    <message>
        <source>The JSON header&apos;s &quot;size&quot; %1 exceeds the maximum frame size of %2 bytes.</source>
        <extracomment>%1 is the size from the header, %2 the limit in bytes.</extracomment>
        <translation>JSON 报头中的“size” %1 超过了 %2 字节的最大帧长度。</translation>
    </message>
</context>
<context>
    <name>LabCommand</name>
    <message>
        <source>Sends (one per write call)</source>
        <translation>发送（每次 write 调用一块）</translation>
    </message>
    <message>
        <source>Wire (one datagram per send)</source>
        <translation>线路（每次发送一个数据报）</translation>
    </message>
    <message>
        <source>Wire (TCP segments)</source>
        <translation>线路（TCP 报文段）</translation>
    </message>
    <message>
        <source>Reads (one per recv call)</source>
        <translation>读取（每次 recv 调用一块）</translation>
    </message>
    <message>
        <source>Frames (messages the receiver rebuilt)</source>
        <translation>帧（接收方还原出的消息）</translation>
    </message>
    <message>
        <source>Replies (receiver to sender)</source>
        <translation>回复（接收方发给发送方）</translation>
    </message>
    <message>
        <source>lab %1 · %2 · %3 · %4 · reads %5%6 · read delay %7 ms · framing %8</source>
        <translation>实验 %1 · %2 · %3 · %4 · 读取 %5%6 · 读取延迟 %7 毫秒 · 分帧 %8</translation>
    </message>
    <message>
        <source>(custom)</source>
        <translation>（自定义）</translation>
    </message>
    <message>
        <source>no Nagle (UDP)</source>
        <translation>无 Nagle(UDP)</translation>
    </message>
    <message>
        <source>Nagle on</source>
        <translation>Nagle 开启</translation>
    </message>
    <message>
        <source> (then stop)</source>
        <translation>（然后停止）</translation>
    </message>
    <message>
        <source>simulated network: MSS %1 bytes, round trip %2 ms, delayed ACK %3 ms, receive buffer %4 bytes</source>
        <translation>模拟网络：MSS %1 字节，往返 %2 毫秒，延迟确认 %3 毫秒，接收缓冲区 %4 字节</translation>
    </message>
    <message>
        <source>  end of stream at %1 ms: recv returned 0 bytes</source>
        <translation>  %1 毫秒时流结束：recv 返回 0 字节</translation>
    </message>
    <message>
        <source> … (+%1 bytes)</source>
        <translation> …（另有 %1 字节）</translation>
    </message>
    <message>
        <source>header %1 + </source>
        <translation>头部 %1 + </translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>第 %1 次：%2</translation>
    </message>
    <message>
        <source>Give one of --preset NAME, --messages A,B,C or --generate COUNTxSIZE.</source>
        <translation>请给出 --preset NAME、--messages A,B,C 或 --generate COUNTxSIZE 之一。</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot; (%2).</source>
        <translation>未知的预设“%1”（可选：%2）。</translation>
    </message>
    <message>
        <source>--generate needs COUNTxSIZE, e.g. 100x10 (at most %1 messages and %2 bytes in all), not &quot;%3&quot;.</source>
        <translation>--generate 需要 COUNTxSIZE，例如 100x10（最多 %1 条消息、总计 %2 字节），而不是“%3”。</translation>
    </message>
    <message>
        <source>--mode is sim or live, not &quot;%1&quot;.</source>
        <translation>--mode 只能是 sim 或 live，而不是“%1”。</translation>
    </message>
    <message>
        <source>--transport is tcp or udp, not &quot;%1&quot;.</source>
        <translation>--transport 只能是 tcp 或 udp，而不是“%1”。</translation>
    </message>
    <message>
        <source>--nodelay and --nagle contradict each other.</source>
        <translation>--nodelay 与 --nagle 互相矛盾。</translation>
    </message>
    <message>
        <source>Give --read-size N or --read-sizes N,N,..., not both.</source>
        <translation>请只给出 --read-size N 或 --read-sizes N,N,... 其中之一。</translation>
    </message>
    <message>
        <source>--runs repeats live runs; a simulated run always gives the same trace.</source>
        <translation>--runs 用于重复真实运行；模拟运行每次结果都相同。</translation>
    </message>
</context>
<context>
    <name>LabExperiment</name>
    <message>
        <source>The experiment has no messages.</source>
        <translation>实验中没有消息。</translation>
    </message>
    <message>
        <source>Too many messages: %1 (at most %2).</source>
        <translation>消息太多：%1 条（最多 %2 条）。</translation>
    </message>
    <message>
        <source>The messages hold %1 bytes; an experiment holds at most %2.</source>
        <translation>消息共 %1 字节；一个实验最多 %2 字节。</translation>
    </message>
    <message>
        <source>Split each message into 2 to %1 writes, not %2.</source>
        <translation>每条消息应拆成 2 到 %1 次写入，而不是 %2 次。</translation>
    </message>
    <message>
        <source>Give at least one read size.</source>
        <translation>请至少给出一个读取大小。</translation>
    </message>
    <message>
        <source>Read size %1 is out of range (1 to %2 bytes).</source>
        <translation>读取大小 %1 超出范围（1 到 %2 字节）。</translation>
    </message>
    <message>
        <source>Read delay %1 ms is out of range (0 to %2 ms).</source>
        <translation>读取延迟 %1 毫秒超出范围（0 到 %2 毫秒）。</translation>
    </message>
    <message>
        <source>Write interval %1 ms is out of range (0 to %2 ms).</source>
        <translation>写入间隔 %1 毫秒超出范围（0 到 %2 毫秒）。</translation>
    </message>
    <message>
        <source>The ready handshake needs TCP: UDP keeps message boundaries by itself.</source>
        <translation>ready 握手需要 TCP:UDP 本身就保留消息边界。</translation>
    </message>
    <message>
        <source>Over UDP each message is one datagram: use the &quot;each&quot; send pattern.</source>
        <translation>UDP 中每条消息就是一个数据报：请使用“each”发送方式。</translation>
    </message>
    <message>
        <source>Framing applies to TCP; over UDP each datagram is already one message.</source>
        <translation>分帧用于 TCP;UDP 的每个数据报本身就是一条消息。</translation>
    </message>
    <message>
        <source>A UDP datagram holds at most 65507 bytes; one message has %1.</source>
        <translation>一个 UDP 数据报最多 65507 字节；有一条消息有 %1 字节。</translation>
    </message>
    <message>
        <source>The ready handshake is its own framing: set framing to none.</source>
        <translation>ready 握手本身就是一种分帧：请把分帧设为 none。</translation>
    </message>
    <message>
        <source>MSS %1 is out of range (64 to 65535 bytes).</source>
        <translation>MSS %1 超出范围（64 到 65535 字节）。</translation>
    </message>
    <message>
        <source>Round-trip time %1 µs is out of range (0 to %2 µs).</source>
        <translation>往返时间 %1 微秒超出范围（0 到 %2 微秒）。</translation>
    </message>
    <message>
        <source>Delayed ACK %1 ms is out of range (0 to 500 ms).</source>
        <translation>延迟确认 %1 毫秒超出范围（0 到 500 毫秒）。</translation>
    </message>
    <message>
        <source>Receive buffer %1 bytes is out of range (MSS to %2 bytes).</source>
        <translation>接收缓冲区 %1 字节超出范围（MSS 到 %2 字节）。</translation>
    </message>
    <message>
        <source>Send buffer %1 bytes is out of range (1 to %2 bytes).</source>
        <translation>发送缓冲区 %1 字节超出范围（1 到 %2 字节）。</translation>
    </message>
    <message>
        <source>Call cost %1 µs is out of range (0 to 1000000 µs).</source>
        <translation>调用耗时 %1 微秒超出范围（0 到 1000000 微秒）。</translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation>消息 %1:%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a read size (1 to %2 bytes).</source>
        <translation>“%1”不是有效的读取大小（1 到 %2 字节）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: split into 2 to %2 writes, e.g. split:3.</source>
        <translation>“%1”：应拆成 2 到 %2 次写入，例如 split:3。</translation>
    </message>
    <message>
        <source>Unknown send pattern &quot;%1&quot; (each, one, split:K, handshake).</source>
        <translation>未知的发送方式“%1”（each、one、split:K、handshake）。</translation>
    </message>
</context>
<context>
    <name>LabLiveRunner</name>
    <message>
        <source>Live run: %1 failed: %2.</source>
        <translation>真实运行：%1 失败：%2。</translation>
    </message>
    <message>
        <source>Live run: the receiver stopped taking data before the deadline.</source>
        <translation>真实运行：截止时间前接收方已不再接收数据。</translation>
    </message>
    <message>
        <source>Live run: no &quot;ready&quot; came back before the deadline.</source>
        <translation>真实运行：截止时间前没有收到“ready”。</translation>
    </message>
    <message>
        <source>Live run: the sender did not connect before the deadline.</source>
        <translation>真实运行：截止时间前发送方没有连上。</translation>
    </message>
    <message>
        <source>Live run: nothing more arrived before the deadline.</source>
        <translation>真实运行：截止时间前没有再收到数据。</translation>
    </message>
    <message>
        <source>Live run: the bytes read differ from the bytes sent at offset %1.</source>
        <translation>真实运行：在偏移 %1 处读到的字节与发送的不同。</translation>
    </message>
    <message>
        <source>Live run: a datagram arrived that was never sent.</source>
        <translation>真实运行：收到了一个从未发送过的数据报。</translation>
    </message>
</context>
<context>
    <name>LabPresets</name>
    <message>
        <source>Three small sends (hello, world, egon) arrive in one read: helloworldegon.</source>
        <translation>三次小的发送（hello、world、egon）在一次读取中到达：helloworldegon。</translation>
    </message>
    <message>
        <source>One send read with recv(1), recv(5), recv(1) is cut apart: h, ellow, o.</source>
        <translation>一次发送被 recv(1)、recv(5)、recv(1) 读取时被切开：h、ellow、o。</translation>
    </message>
    <message>
        <source>The &quot;low&quot; fix: send the length, wait for ready, then send the data.</source>
        <translation>“low 版”解决办法：先发长度，等 ready，再发数据。</translation>
    </message>
    <message>
        <source>The struct.pack(&apos;i&apos;) fix: a 4-byte length before each message restores every message.</source>
        <translation>struct.pack(&apos;i&apos;) 解决办法：每条消息前加 4 字节长度，每条消息都能还原。</translation>
    </message>
    <message>
        <source>The JSON-header fix: header length, a JSON header with the size, then the body.</source>
        <translation>JSON 报头解决办法：报头长度、含大小的 JSON 报头，然后是数据体。</translation>
    </message>
    <message>
        <source>The same messages over UDP keep their boundaries; an empty datagram arrives, an empty TCP send does not.</source>
        <translation>同样的消息用 UDP 发送会保留边界；空数据报能到达，而 TCP 的空发送不会。</translation>
    </message>
    <message>
        <source>Twenty one-byte writes, 5 ms apart: Nagle&apos;s algorithm on versus TCP_NODELAY.</source>
        <translation>二十次 1 字节写入，间隔 5 毫秒：开启 Nagle 算法与 TCP_NODELAY 对比。</translation>
    </message>
    <message numerus="yes">
        <source>The sender made %1 write calls; the receiver got their %2 bytes in %n read(s). When it read (after waiting %3 ms), the bytes of several writes were already in its buffer and one recv(%4) returned them together: TCP carries a byte stream, not messages. This is 粘包 (sticky packets).</source>
        <translation>
            <numerusform>发送方调用了 %1 次 write；接收方用 %n 次读取收到了这 %2 字节。它读取时（等待了 %3 毫秒），好几次写入的字节已经都在缓冲区里，一次 recv(%4) 就把它们一起返回了：TCP 传输的是字节流，而不是消息。这就是粘包。</numerusform>
        </translation>
    </message>
    <message>
        <source>This time each of the %1 writes was read on its own: the receiver read before the next bytes arrived. Raise the read delay and the writes stick together.</source>
        <translation>这一次 %1 次写入都是分别读到的：接收方在下一批字节到达之前就读了。加大读取延迟，写入就会粘在一起。</translation>
    </message>
    <message>
        <source>One write of %1 bytes was read with %2 and got %3: each recv(N) takes at most N bytes from the stream, wherever a message ends. A message cut across reads is 拆包.</source>
        <translation>一次 %1 字节的写入用 %2 读取，得到 %3：每次 recv(N) 最多从流中取 N 字节，不管消息在哪里结束。一条消息被切到多次读取中，就是拆包。</translation>
    </message>
    <message>
        <source>Before each message the sender sent its length as text and waited for &quot;ready&quot;; only then did it send the message. So no two messages shared a read: %1 messages, %2 reads, %3 messages rebuilt. It works, but every message costs a round trip: the run took %4 ms.</source>
        <translation>发送方在每条消息前先以文本发送长度并等待“ready”，然后才发送消息。所以没有两条消息落在同一次读取里：%1 条消息，%2 次读取，还原出 %3 条消息。这样可行，但每条消息都要多一次往返：本次运行耗时 %4 毫秒。</translation>
    </message>
    <message numerus="yes">
        <source>Each message went out behind a 4-byte length, struct.pack(&apos;i&apos;, len). The %n read(s) still ran the messages together (%1 bytes), yet the decoder rebuilt %2 of %3 messages exactly: the length tells the receiver where each message ends.</source>
        <translation>
            <numerusform>每条消息前面都带着 4 字节长度 struct.pack(&apos;i&apos;, len)。%n 次读取仍把消息粘在一起（%1 字节），但解码器准确还原了 %3 条中的 %2 条：长度告诉接收方每条消息在哪里结束。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each message went out as a 4-byte header length, a JSON header holding the body size, then the body. The %n read(s) ran them together (%1 bytes), yet the decoder rebuilt %2 of %3 messages from their headers.</source>
        <translation>
            <numerusform>每条消息依次发送 4 字节报头长度、含数据体大小的 JSON 报头、数据体。%n 次读取把它们粘在一起（%1 字节），但解码器根据报头还原了 %3 条中的 %2 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 datagrams were sent and %2 read, one datagram per read: UDP keeps message boundaries. %n empty datagram(s) arrived as reads of 0 bytes. Over TCP an empty send puts nothing on the wire, and the receiver never sees it.</source>
        <translation>
            <numerusform>发送了 %1 个数据报，读到 %2 个，每次读取一个数据报：UDP 保留消息边界。%n 个空数据报以 0 字节的读取到达。而 TCP 的空发送不会在线路上产生任何东西，接收方永远看不到它。</numerusform>
        </translation>
    </message>
    <message>
        <source>With TCP_NODELAY each of the %1 writes went out at once: %2 segments. With Nagle&apos;s algorithm the same writes take %3 segments.</source>
        <translation>开启 TCP_NODELAY 时，%1 次写入都立即发出：%2 个报文段。使用 Nagle 算法时，同样的写入只需 %3 个报文段。</translation>
    </message>
    <message>
        <source>With Nagle&apos;s algorithm on, %1 writes went out as %2 segments: a small segment waits while earlier data is unacknowledged, and the receiver delays its ACK up to %3 ms. With TCP_NODELAY the same writes take %4 segments.</source>
        <translation>开启 Nagle 算法时，%1 次写入以 %2 个报文段发出：前面的数据未被确认时，小报文段要等待，而接收方会把确认延迟最多 %3 毫秒。开启 TCP_NODELAY 时，同样的写入需要 %4 个报文段。</translation>
    </message>
    <message>
        <source>%1 writes arrived in %2 reads (TCP_NODELAY %3). Segments are visible only in simulated mode; on loopback ACKs come back so fast that Nagle&apos;s algorithm rarely holds data.</source>
        <translation>%1 次写入在 %2 次读取中到达（TCP_NODELAY %3）。报文段只在模拟模式中可见；在回环地址上确认返回得很快，Nagle 算法很少会扣住数据。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) held bytes of more than one write (粘包).</source>
        <translation>
            <numerusform>%n 次读取包含了不止一次写入的字节（粘包）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) were spread over more than one read (拆包).</source>
        <translation>
            <numerusform>%n 次写入被分散到多次读取中（拆包）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s) were longer than the read size and lost the rest.</source>
        <translation>
            <numerusform>%n 个数据报比读取大小长，多出的部分丢失了。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s) were dropped: the receive buffer was full.</source>
        <translation>
            <numerusform>%n 个数据报被丢弃：接收缓冲区已满。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sender is stuck: the receiver stopped reading and both buffers are full.</source>
        <translation>发送方被卡住了：接收方不再读取，两端的缓冲区都满了。</translation>
    </message>
    <message>
        <source>%1 were read in %2.</source>
        <comment>write count, read count</comment>
        <translation>%1，共用 %2读完。</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s)</source>
        <translation>
            <numerusform>%n 次写入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read(s)</source>
        <translation>
            <numerusform>%n 次读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With framing %1 the decoder rebuilt %2 of %n message(s).</source>
        <translation>
            <numerusform>使用分帧 %1，解码器还原了 %n 条消息中的 %2 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) were never read.</source>
        <translation>
            <numerusform>有 %n 字节始终没有被读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 in %3 of %n run(s).</source>
        <comment>send count, read count</comment>
        <translation>
            <numerusform>%n 次运行中有 %3 次：%1 → %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send(s)</source>
        <translation>
            <numerusform>%n 次发送</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabReceiver</name>
    <message>
        <source>The handshake is out of step: expected a length as text, read &quot;%1&quot;.</source>
        <translation>握手错位：应读到文本形式的长度，却读到“%1”。</translation>
    </message>
    <message>
        <source>The handshake is out of step: %1 bytes came after a message of %2 bytes.</source>
        <translation>握手错位：在一条 %2 字节的消息之后又来了 %1 字节。</translation>
    </message>
    <message>
        <source>Incomplete message: %1 of %2 bytes.</source>
        <translation>消息不完整：%2 字节中只收到 %1 字节。</translation>
    </message>
</context>
<context>
    <name>LabResult</name>
    <message numerus="yes">
        <source>%n send(s)</source>
        <translation>
            <numerusform>%n 次发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s)</source>
        <translation>
            <numerusform>%n 个数据报</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n 个报文段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read(s)</source>
        <translation>
            <numerusform>%n 次读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>live</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
</context>
<context>
    <name>LabSendPlan</name>
    <message>
        <source>Message %1: %2</source>
        <translation>消息 %1:%2</translation>
    </message>
</context>
<context>
    <name>LabSimulator</name>
    <message>
        <source>The simulation did not finish within %1 steps.</source>
        <translation>模拟在 %1 步内没有结束。</translation>
    </message>
</context>
<context>
    <name>LengthPrefixCodec</name>
    <message>
        <source>The message is %1 bytes, more than a %2-byte length header can announce (at most %3 bytes).</source>
        <extracomment>%1 is the message size, %2 the header size (1, 2, 4 or 8), %3 the largest message it allows.</extracomment>
        <translation>消息有 %1 字节，超出了 %2 字节长度字段能表示的范围（最多 %3 字节）。</translation>
    </message>
    <message>
        <source>Frame length %1 is negative (the header is signed): the peer is not sending this framing.</source>
        <extracomment>%1 is the (negative) length read from the frame header.</extracomment>
        <translation>帧长度 %1 为负数（长度字段是有符号的）：对端发送的不是这种分帧格式。</translation>
    </message>
    <message>
        <source>Frame length %1 is smaller than its %2-byte header (the length counts the header): the peer is not sending this framing.</source>
        <extracomment>%1 is the length read from the frame header, %2 the header size in bytes.</extracomment>
        <translation>帧长度 %1 小于其 %2 字节的帧头（长度包含帧头）：对端发送的不是这种分帧格式。</translation>
    </message>
    <message>
        <source>Frame length %1 exceeds the maximum frame size of %2 bytes.</source>
        <extracomment>%1 is the length read from the frame header, %2 the limit in bytes.</extracomment>
        <translation>帧长度 %1 超过了 %2 字节的最大帧长度。</translation>
    </message>
</context>
<context>
    <name>LessonsDialog</name>
    <message>
        <source>SocketLab Lessons</source>
        <translation>套接字实验室课程</translation>
    </message>
    <message>
        <source>The lessons are missing from this build.</source>
        <translation>这个版本里缺少课程文件。</translation>
    </message>
</context>
<context>
    <name>LifecycleStrip</name>
    <message>
        <source>Looking up</source>
        <translation>解析域名</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>关闭中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>ListenSocket</name>
    <message>
        <source>Creating a listening socket natively is not supported on this system.</source>
        <translation>此系统不支持以原生方式创建监听套接字。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SocketLab</source>
        <translation>SocketLab 套接字实验室</translation>
    </message>
    <message>
        <source>TCP Server</source>
        <translation>TCP 服务器</translation>
    </message>
    <message>
        <source>TCP Client</source>
        <translation>TCP 客户端</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Remote Command</source>
        <translation>远程命令</translation>
    </message>
    <message>
        <source>Packet Visualizer</source>
        <translation>数据包可视化</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About SocketLab</source>
        <translation>关于 SocketLab(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>About SocketLab</source>
        <translation>关于 SocketLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SocketLab %1&lt;/h3&gt;&lt;p&gt;A desktop network laboratory: TCP server and client, UDP, remote commands, and a visual lab that shows how TCP merges and splits what you send.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Released under the MIT license.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SocketLab 套接字实验室 %1&lt;/h3&gt;&lt;p&gt;桌面网络实验工具：TCP 服务器与客户端、UDP、远程命令，以及一个直观展示 TCP 如何合并与拆分你所发送数据的可视化实验室。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建，以 MIT 许可证发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Every experiment of the socket tutorials, done step by step in SocketLab</source>
        <translation>套接字教程里的每个实验，在套接字实验室中一步步完成</translation>
    </message>
</context>
<context>
    <name>OptionReader</name>
    <message>
        <source>Bad value &quot;%1&quot; for --%2: use a whole number from %3 to %4.</source>
        <translation>--%2 的值“%1”有误：请使用 %3 到 %4 之间的整数。</translation>
    </message>
    <message>
        <source>--%1 HOST:PORT is required.</source>
        <translation>必须提供 --%1 主机:端口。</translation>
    </message>
    <message>
        <source>Bad value &quot;%1&quot; for --%2: use none, echo, upper or rules.</source>
        <translation>--%2 的值“%1”有误：请使用 none、echo、upper 或 rules。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use one of %2.</source>
        <translation>未知编码“%1”：请使用 %2 之一。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--%1 needs an IP address of this machine (or * for all), not &quot;%2&quot;.</source>
        <extracomment>%1 is an option name, %2 what the user gave.</extracomment>
        <translation>--%1 需要本机的一个 IP 地址（或用 * 表示全部），而不是“%2”。</translation>
    </message>
</context>
<context>
    <name>PageConfig</name>
    <message>
        <source>&quot;%1&quot; is not a local IP address: use 0.0.0.0, ::, 127.0.0.1 or an address of this machine.</source>
        <translation>“%1”不是本机 IP 地址：请使用 0.0.0.0、::、127.0.0.1 或本机的某个地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address: type one such as 127.0.0.1 or ::1.</source>
        <translation>“%1”不是 IP 地址：请输入如 127.0.0.1 或 ::1 的地址。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>回显</translation>
    </message>
    <message>
        <source>Upper case</source>
        <translation>转大写</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Receive only</source>
        <translation>只接收，不应答</translation>
    </message>
    <message>
        <source>Send back every message as it came</source>
        <translation>把收到的每条消息原样发回</translation>
    </message>
    <message>
        <source>Send back in upper case, like the tutorials&apos; data.upper()</source>
        <translation>转成大写后发回，如教程中的 data.upper()</translation>
    </message>
    <message>
        <source>Answer by your rules: MATCH=&gt;REPLY</source>
        <translation>按你的规则应答：匹配=&gt;应答</translation>
    </message>
</context>
<context>
    <name>PayloadBuilder</name>
    <message>
        <source>No file was chosen to send.</source>
        <translation>没有选择要发送的文件。</translation>
    </message>
    <message>
        <source>Cannot open the file &quot;%1&quot;: %2.</source>
        <extracomment>%1 is the file path, %2 the system&apos;s reason, e.g. &quot;No such file or directory&quot;.</extracomment>
        <translation>无法打开文件“%1”：%2。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large to send: %2 bytes, the limit is %3 bytes.</source>
        <extracomment>%1 is the file path, %2 its size in bytes, %3 the largest size allowed in bytes.</extracomment>
        <translation>文件“%1”太大，无法发送：%2 字节，上限为 %3 字节。</translation>
    </message>
    <message>
        <source>Cannot read the file &quot;%1&quot;: %2.</source>
        <extracomment>%1 is the file path, %2 the system&apos;s reason.</extracomment>
        <translation>无法读取文件“%1”：%2。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large to send: more than the limit of %2 bytes.</source>
        <extracomment>%1 is the file path, %2 the largest size allowed in bytes.</extracomment>
        <translation>文件“%1”太大，无法发送：超过了 %2 字节的上限。</translation>
    </message>
</context>
<context>
    <name>QuickSendDialog</name>
    <message>
        <source>Quick-Send Entry</source>
        <translation>快捷发送条目</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. Login</source>
        <translation>例如：登录</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>内容(&amp;C)</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>备注(&amp;M)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Text with escapes (\n \x41)</source>
        <translation>带转义的文本（\n \x41）</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
</context>
<context>
    <name>QuickSendModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The quick-send list is not valid JSON: %1 at byte %2.</source>
        <extracomment>%1 is the parser&apos;s reason, e.g. &quot;unterminated string&quot;, %2 a 0-based byte offset.</extracomment>
        <translation>快捷发送列表不是有效的 JSON：第 %2 字节处%1。</translation>
    </message>
    <message>
        <source>The quick-send list must be a JSON object with &quot;version&quot; and &quot;entries&quot;.</source>
        <translation>快捷发送列表必须是带有 &quot;version&quot; 和 &quot;entries&quot; 的 JSON 对象。</translation>
    </message>
    <message>
        <source>The quick-send list has no &quot;version&quot;: expected version %1.</source>
        <translation>快捷发送列表缺少 &quot;version&quot;：应为版本 %1。</translation>
    </message>
    <message>
        <source>The quick-send list has version %1, but only version %2 is supported.</source>
        <extracomment>%1 is the version found in the file, %2 the one this SocketLab reads.</extracomment>
        <translation>快捷发送列表的版本为 %1，但只支持版本 %2。</translation>
    </message>
    <message>
        <source>The quick-send list has no &quot;entries&quot; array.</source>
        <translation>快捷发送列表缺少 &quot;entries&quot; 数组。</translation>
    </message>
    <message>
        <source>Entry %1 of the quick-send list is not a JSON object.</source>
        <extracomment>%1 is the 1-based number of the entry.</extracomment>
        <translation>快捷发送列表的第 %1 条不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Entry %1 of the quick-send list has no name.</source>
        <extracomment>%1 is the 1-based number of the entry.</extracomment>
        <translation>快捷发送列表的第 %1 条没有名称。</translation>
    </message>
    <message>
        <source>Entry %1 (&quot;%2&quot;) of the quick-send list has a comment that is not a string.</source>
        <extracomment>%1 is the 1-based number of the entry, %2 its name.</extracomment>
        <translation>快捷发送列表的第 %1 条（“%2”）的备注不是字符串。</translation>
    </message>
    <message>
        <source>Entry %1 (&quot;%2&quot;) of the quick-send list has an unknown format &quot;%3&quot;: use &quot;text&quot;, &quot;escaped&quot; or &quot;hex&quot;.</source>
        <extracomment>%1 is the 1-based number of the entry, %2 its name, %3 the format found.</extracomment>
        <translation>快捷发送列表的第 %1 条（“%2”）格式“%3”无法识别：请使用 &quot;text&quot;、&quot;escaped&quot; 或 &quot;hex&quot;。</translation>
    </message>
    <message>
        <source>Entry %1 (&quot;%2&quot;) of the quick-send list has content that is not a string.</source>
        <extracomment>%1 is the 1-based number of the entry, %2 its name.</extracomment>
        <translation>快捷发送列表的第 %1 条（“%2”）的内容不是字符串。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Escaped</source>
        <translation>转义文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>QuickSendPanel</name>
    <message>
        <source>Add a message to the list</source>
        <translation>向列表添加一条消息</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit the selected message</source>
        <translation>编辑选中的消息</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove the selected message</source>
        <translation>删除选中的消息</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Send the selected message (or double-click it)</source>
        <translation>发送选中的消息（或双击它）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Replace the list with one loaded from a JSON file</source>
        <translation>用 JSON 文件中的列表替换当前列表</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Save the list to a JSON file</source>
        <translation>把列表保存为 JSON 文件</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <extracomment>%1 is the file path, %2 the system&apos;s reason.</extracomment>
        <translation>无法打开“%1”：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be a quick-send list.</source>
        <extracomment>%1 is the file path.</extracomment>
        <translation>“%1”太大，不可能是快捷发送列表。</translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;: %2</source>
        <extracomment>%1 is the file path, %2 a sentence saying what is wrong.</extracomment>
        <translation>无法导入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <extracomment>%1 is the file path, %2 the system&apos;s reason.</extracomment>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <source>Add Quick-Send Entry</source>
        <translation>添加快捷发送条目</translation>
    </message>
    <message>
        <source>Edit Quick-Send Entry</source>
        <translation>编辑快捷发送条目</translation>
    </message>
    <message>
        <source>Import Quick-Send List</source>
        <translation>导入快捷发送列表</translation>
    </message>
    <message>
        <source>Quick-send lists (*.json);;All files (*)</source>
        <translation>快捷发送列表 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Quick-Send List</source>
        <translation>导出快捷发送列表</translation>
    </message>
</context>
<context>
    <name>RcmdAgent</name>
    <message>
        <source>Classic mode speaks the tutorials&apos; plain protocol and cannot use TLS.</source>
        <translation>经典模式使用教程中的明文协议，不能使用 TLS。</translation>
    </message>
    <message>
        <source>Classic mode has no authentication, so it listens only on loopback (127.0.0.1 or ::1), not on %1, unless remote classic access is allowed explicitly (--classic-allow-remote).</source>
        <extracomment>%1 is an IP address.</extracomment>
        <translation>经典模式没有认证，因此只在回环地址（127.0.0.1 或 ::1）上监听，不能在 %1 上监听，除非明确允许远程经典访问（--classic-allow-remote）。</translation>
    </message>
    <message>
        <source>The agent needs a token that clients must prove they know.</source>
        <translation>代理需要一个令牌，客户端必须证明自己知道它。</translation>
    </message>
    <message>
        <source>Listening on %1, beyond loopback, without TLS needs an explicit choice (--allow-remote), or a TLS certificate and key.</source>
        <extracomment>%1 is an IP address.</extracomment>
        <translation>不用 TLS 在回环以外的 %1 上监听需要明确选择（--allow-remote），或者提供 TLS 证书和私钥。</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and its private key.</source>
        <translation>TLS 需要同时提供证书和对应的私钥。</translation>
    </message>
    <message>
        <source>TLS is not available: this Qt has no working TLS backend (OpenSSL).</source>
        <translation>TLS 不可用：当前 Qt 没有可用的 TLS 后端（OpenSSL）。</translation>
    </message>
    <message>
        <source>The agent refuses to run as root: every command would run as root. Run it as an ordinary user, or allow it explicitly (--allow-root).</source>
        <translation>代理拒绝以 root 身份运行：否则每条命令都会以 root 身份执行。请用普通用户运行，或明确允许（--allow-root）。</translation>
    </message>
    <message>
        <source>The agent&apos;s limits must be positive numbers.</source>
        <translation>代理的各项限制必须是正数。</translation>
    </message>
    <message>
        <source>The output encoding &quot;%1&quot; is not supported.</source>
        <extracomment>%1 is an encoding name.</extracomment>
        <translation>不支持输出编码“%1”。</translation>
    </message>
    <message>
        <source>WARNING: classic mode has no authentication: anyone who can connect to %1 runs shell commands as this user. Use it only to try the tutorials&apos; clients.</source>
        <extracomment>%1 is an IP address.</extracomment>
        <translation>警告：经典模式没有认证：任何能连接到 %1 的人都能以当前用户身份执行 shell 命令。仅在试用教程中的客户端时使用。</translation>
    </message>
    <message>
        <source>WARNING: classic mode is listening beyond loopback on %1: every machine that can reach this port owns this account.</source>
        <extracomment>%1 is an IP address.</extracomment>
        <translation>警告：经典模式正在回环以外的 %1 上监听：任何能访问此端口的机器都能完全控制这个账户。</translation>
    </message>
    <message>
        <source>Warning: listening on %1 without TLS: the token never crosses the network, but commands and their output do, readable by anyone on the path.</source>
        <extracomment>%1 is an IP address.</extracomment>
        <translation>警告：正在 %1 上不用 TLS 监听：令牌不会在网络上传输，但命令及其输出会，途经的任何人都能读到。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed authentications from %1: refused for %n more second(s).</source>
        <extracomment>%1 is an IP address; %n a number of seconds.</extracomment>
        <translation>
            <numerusform>来自 %1 的认证失败次数过多：在接下来的 %n 秒内拒绝连接。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The agent already serves %n connection(s), its limit; try again later.</source>
        <translation>
            <numerusform>代理已有 %n 个连接，达到上限；请稍后再试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The agent already runs %n command(s), its limit; wait for one to end.</source>
        <translation>
            <numerusform>代理已在运行 %n 条命令，达到上限；请等其中一条结束。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: the token is only %n character(s) long. Anyone who can connect can test guesses offline; use at least %1 random characters (e.g. head -c 32 /dev/urandom | base64).</source>
        <translation>
            <numerusform>警告：令牌只有 %n 个字符。任何能连上来的人都可以离线猜测它；请至少使用 %1 个随机字符（例如 head -c 32 /dev/urandom | base64）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RcmdAuthClient</name>
    <message>
        <source>The token is empty: set the same token on the client and on the agent.</source>
        <translation>令牌为空：请在客户端和代理上设置相同的令牌。</translation>
    </message>
    <message>
        <source>The nonce source gave %1 bytes instead of %2.</source>
        <extracomment>%1 and %2 are byte counts.</extracomment>
        <translation>随机数来源给出了 %1 字节，而不是 %2 字节。</translation>
    </message>
    <message>
        <source>The agent sent an unexpected %1 message after authentication.</source>
        <extracomment>%1 is a protocol message name (e.g. Challenge).</extracomment>
        <translation>代理在认证完成后发送了意外的 %1 消息。</translation>
    </message>
    <message>
        <source>The agent refused authentication: %1</source>
        <extracomment>%1 is the agent&apos;s reason, a sentence.</extracomment>
        <translation>代理拒绝了认证：%1</translation>
    </message>
    <message>
        <source>The agent speaks remote-command protocol version %1, but this client speaks version %2; update one of them.</source>
        <extracomment>%1 and %2 are protocol version numbers.</extracomment>
        <translation>代理使用远程命令协议版本 %1，而本客户端使用版本 %2；请升级其中一方。</translation>
    </message>
    <message>
        <source>The agent could not prove that it knows the token: it is another agent or its token differs. This client did not authenticate to it.</source>
        <translation>代理无法证明它知道令牌：它是另一个代理，或者它的令牌不同。本客户端没有向它进行认证。</translation>
    </message>
    <message>
        <source>The agent sent an unexpected %1 message during authentication.</source>
        <extracomment>%1 is a protocol message name (e.g. Output).</extracomment>
        <translation>代理在认证过程中发送了意外的 %1 消息。</translation>
    </message>
    <message>
        <source>Authentication failed: the agent did not accept this client&apos;s token (the two tokens differ). Nothing was run.</source>
        <translation>认证失败：代理不接受本客户端的令牌（两边的令牌不一致）。没有运行任何命令。</translation>
    </message>
</context>
<context>
    <name>RcmdAuthServer</name>
    <message>
        <source>The token is empty: set the same token on the client and on the agent.</source>
        <translation>令牌为空：请在客户端和代理上设置相同的令牌。</translation>
    </message>
    <message>
        <source>The client sent an unexpected %1 message after authentication.</source>
        <extracomment>%1 is a protocol message name (e.g. Hello).</extracomment>
        <translation>客户端在认证完成后发送了意外的 %1 消息。</translation>
    </message>
    <message>
        <source>The peer is not a SocketLab remote-command client (wrong magic); this agent expects protocol version %1.</source>
        <extracomment>%1 is a protocol version number.</extracomment>
        <translation>对端不是 SocketLab 远程命令客户端（魔数错误）；本代理需要协议版本 %1。</translation>
    </message>
    <message>
        <source>The client speaks remote-command protocol version %1, but this agent speaks version %2; update one of them.</source>
        <extracomment>%1 and %2 are protocol version numbers.</extracomment>
        <translation>客户端使用远程命令协议版本 %1，而本代理使用版本 %2；请升级其中一方。</translation>
    </message>
    <message>
        <source>The nonce source gave %1 bytes instead of %2.</source>
        <extracomment>%1 and %2 are byte counts.</extracomment>
        <translation>随机数来源给出了 %1 字节，而不是 %2 字节。</translation>
    </message>
    <message>
        <source>Authentication failed: the client&apos;s token does not match the agent&apos;s token.</source>
        <translation>认证失败：客户端的令牌与代理的令牌不一致。</translation>
    </message>
    <message>
        <source>The client sent %1 before authenticating: the connection is not authenticated, so nothing was run.</source>
        <extracomment>%1 is a protocol message name (e.g. Run).</extracomment>
        <translation>客户端在认证之前发送了 %1：连接尚未认证，因此没有运行任何命令。</translation>
    </message>
</context>
<context>
    <name>RcmdClassicSession</name>
    <message>
        <source>Too many commands queued.</source>
        <translation>排队的命令过多。</translation>
    </message>
</context>
<context>
    <name>RcmdClient</name>
    <message numerus="yes">
        <source>The agent at %1 did not complete connecting and authentication within %n second(s).</source>
        <translation>
            <numerusform>%1 上的代理未能在 %n 秒内完成连接和认证。</numerusform>
        </translation>
    </message>
    <message>
        <source>The agent&apos;s certificate is not trusted (%1). Its SHA-256 fingerprint is %2: if that is your agent&apos;s certificate, pin it (--fingerprint).</source>
        <extracomment>%1 lists the TLS library&apos;s reasons; %2 is a SHA-256 fingerprint.</extracomment>
        <translation>代理的证书不受信任（%1）。它的 SHA-256 指纹是 %2：如果这确实是你的代理的证书，请固定它（--fingerprint）。</translation>
    </message>
    <message>
        <source>The agent presented a certificate with SHA-256 fingerprint %1, not the pinned %2: it may be another machine. Nothing was sent.</source>
        <extracomment>%1 is the fingerprint seen, %2 the pinned one.</extracomment>
        <translation>代理出示的证书 SHA-256 指纹是 %1，而不是固定的 %2：它可能是另一台机器。没有发送任何内容。</translation>
    </message>
    <message>
        <source>The agent sent data this client cannot read: %1</source>
        <extracomment>%1 is the decoding error, a sentence.</extracomment>
        <translation>代理发来了本客户端无法读取的数据：%1</translation>
    </message>
    <message>
        <source>The agent reported an error: %1</source>
        <extracomment>%1 is the agent&apos;s message, a sentence.</extracomment>
        <translation>代理报告了错误：%1</translation>
    </message>
    <message>
        <source>The agent closed the connection while commands were running.</source>
        <translation>代理在命令运行期间关闭了连接。</translation>
    </message>
    <message>
        <source>The agent sent a %1 message, which only a client sends.</source>
        <extracomment>%1 is a protocol message name (e.g. Run).</extracomment>
        <translation>代理发来了 %1 消息，而这种消息只应由客户端发送。</translation>
    </message>
    <message>
        <source>The TLS handshake with the agent failed: %1</source>
        <extracomment>%1 is the TLS library&apos;s reason.</extracomment>
        <translation>与代理的 TLS 握手失败：%1</translation>
    </message>
    <message>
        <source>The connection to the agent at %1 was lost while commands were running.</source>
        <translation>命令运行期间，与 %1 上代理的连接断开了。</translation>
    </message>
    <message>
        <source>The agent at %1 closed the connection before authentication completed (is it a SocketLab agent, and in the same mode?).</source>
        <translation>%1 上的代理在认证完成前关闭了连接（它是 SocketLab 代理吗？模式是否一致？）。</translation>
    </message>
</context>
<context>
    <name>RcmdClientRelay</name>
    <message>
        <source>The connection to the agent was closed before the command ended.</source>
        <translation>命令结束之前，与代理的连接已关闭。</translation>
    </message>
    <message>
        <source>Not connected to an agent: connect first, then run a command.</source>
        <translation>未连接到代理：请先连接，再运行命令。</translation>
    </message>
    <message>
        <source>There is no command to run.</source>
        <translation>没有要运行的命令。</translation>
    </message>
</context>
<context>
    <name>RcmdProtocol</name>
    <message>
        <source>The %1 message is %2 bytes, more than the %3 bytes a handshake message may have.</source>
        <extracomment>%1 is a protocol message name (e.g. Hello), %2 its size, %3 the limit, both in bytes.</extracomment>
        <translation>%1 消息有 %2 字节，超过了握手消息允许的 %3 字节。</translation>
    </message>
    <message>
        <source>The %1 message body is not a CBOR map.</source>
        <extracomment>%1 is a protocol message name (e.g. Run).</extracomment>
        <translation>%1 消息的消息体不是 CBOR 映射。</translation>
    </message>
    <message>
        <source>The %1 message has a field name that is not text.</source>
        <extracomment>%1 is a protocol message name (e.g. Run).</extracomment>
        <translation>%1 消息中有一个字段名不是文本。</translation>
    </message>
    <message>
        <source>The %1 message has an unknown field &quot;%2&quot;.</source>
        <extracomment>%1 is a protocol message name (e.g. Run), %2 the field name the peer sent.</extracomment>
        <translation>%1 消息中有未知字段“%2”。</translation>
    </message>
    <message>
        <source>The %1 message has the field &quot;%2&quot; twice.</source>
        <extracomment>%1 is a protocol message name (e.g. Run), %2 a field name.</extracomment>
        <translation>%1 消息中字段“%2”出现了两次。</translation>
    </message>
    <message>
        <source>The %1 message has trailing bytes after its body (%2 in all).</source>
        <extracomment>%1 is a protocol message name (e.g. Run), %2 a byte count.</extracomment>
        <translation>%1 消息的消息体之后还有多余的字节（共 %2 字节）。</translation>
    </message>
    <message>
        <source>The %1 message has no &quot;%2&quot; field.</source>
        <extracomment>%1 is a protocol message name (e.g. Run), %2 a field name.</extracomment>
        <translation>%1 消息缺少“%2”字段。</translation>
    </message>
    <message>
        <source>The %1 message body ends early: its CBOR data is truncated.</source>
        <extracomment>%1 is a protocol message name (e.g. Run).</extracomment>
        <translation>%1 消息的消息体提前结束：其 CBOR 数据被截断。</translation>
    </message>
    <message>
        <source>The %1 message contains text that is not valid UTF-8.</source>
        <extracomment>%1 is a protocol message name (e.g. Run).</extracomment>
        <translation>%1 消息包含无效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The %1 message body is not valid CBOR.</source>
        <extracomment>%1 is a protocol message name (e.g. Run).</extracomment>
        <translation>%1 消息的消息体不是有效的 CBOR。</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; field of the %2 message must be an unsigned 32-bit integer.</source>
        <extracomment>%1 is a field name, %2 a protocol message name (e.g. Run).</extracomment>
        <translation>%2 消息的“%1”字段必须是 32 位无符号整数。</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; field of the %2 message must be a signed 32-bit integer.</source>
        <extracomment>%1 is a field name, %2 a protocol message name (e.g. Run).</extracomment>
        <translation>%2 消息的“%1”字段必须是 32 位有符号整数。</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; field of the %2 message must be an unsigned integer below 2^63.</source>
        <extracomment>%1 is a field name, %2 a protocol message name (e.g. Run).</extracomment>
        <translation>%2 消息的“%1”字段必须是小于 2^63 的无符号整数。</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; field of the %2 message must be true or false.</source>
        <extracomment>%1 is a field name, %2 a protocol message name (e.g. Run).</extracomment>
        <translation>%2 消息的“%1”字段必须是 true 或 false。</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; field of the %2 message must be a text string.</source>
        <extracomment>%1 is a field name, %2 a protocol message name (e.g. Run).</extracomment>
        <translation>%2 消息的“%1”字段必须是文本字符串。</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; field of the %2 message must be a byte string.</source>
        <extracomment>%1 is a field name, %2 a protocol message name (e.g. Run).</extracomment>
        <translation>%2 消息的“%1”字段必须是字节串。</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; field of the %2 message must be a list of text strings.</source>
        <extracomment>%1 is a field name, %2 a protocol message name (e.g. Run).</extracomment>
        <translation>%2 消息的“%1”字段必须是文本字符串列表。</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; field of the %2 message must be %3 bytes, not %4.</source>
        <extracomment>%1 is a field name, %2 a protocol message name (e.g. Hello), %3 and %4 byte counts.</extracomment>
        <translation>%2 消息的“%1”字段必须是 %3 字节，而不是 %4 字节。</translation>
    </message>
    <message>
        <source>The %1 message has id 0, but command ids start at 1.</source>
        <extracomment>%1 is a protocol message name (e.g. Run).</extracomment>
        <translation>%1 消息的 id 为 0，但命令 id 从 1 开始。</translation>
    </message>
    <message>
        <source>The Run message has an empty argv: it needs at least the program to run.</source>
        <translation>Run 消息的 argv 为空：至少需要要运行的程序。</translation>
    </message>
    <message>
        <source>The environment entry &quot;%1&quot; of the Run message is not NAME=VALUE.</source>
        <extracomment>%1 is the entry as sent. NAME=VALUE is literal syntax.</extracomment>
        <translation>Run 消息的环境变量条目“%1”不是 NAME=VALUE 形式。</translation>
    </message>
    <message>
        <source>The Output message carries %1 bytes, more than the %2-byte chunk limit.</source>
        <extracomment>%1 and %2 are byte counts.</extracomment>
        <translation>Output 消息携带 %1 字节，超过了 %2 字节的分块上限。</translation>
    </message>
    <message>
        <source>The Exit message has a negative duration (%1 ms).</source>
        <extracomment>%1 is the duration in milliseconds.</extracomment>
        <translation>Exit 消息的运行时长为负数（%1 毫秒）。</translation>
    </message>
    <message>
        <source>The &quot;stream&quot; field of the Output message must be &quot;stdout&quot; or &quot;stderr&quot;, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value the peer sent. &quot;stream&quot;, &quot;stdout&quot; and &quot;stderr&quot; are literal protocol names.</extracomment>
        <translation>Output 消息的“stream”字段必须是“stdout”或“stderr”，而不是“%1”。</translation>
    </message>
    <message>
        <source>The &quot;killedReason&quot; field of the Exit message must be none, timeout, cancel, disconnect or limit, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value the peer sent. The field name and the listed values are literal protocol names.</extracomment>
        <translation>Exit 消息的“killedReason”字段必须是 none、timeout、cancel、disconnect 或 limit，而不是“%1”。</translation>
    </message>
    <message>
        <source>The remote-command message is empty: every message starts with a type byte.</source>
        <translation>远程命令消息为空：每条消息都以一个类型字节开头。</translation>
    </message>
    <message>
        <source>Unknown remote-command message type 0x%1: the peer does not speak SocketLab remote-command protocol version %2.</source>
        <extracomment>%1 is a byte in hexadecimal, %2 the protocol version.</extracomment>
        <translation>未知的远程命令消息类型 0x%1：对端不使用 SocketLab 远程命令协议版本 %2。</translation>
    </message>
</context>
<context>
    <name>RcmdReader</name>
    <message>
        <source>The frame size limit changed in the middle of a large frame; close the connection.</source>
        <translation>帧大小上限在一个大帧的中途被更改；请关闭连接。</translation>
    </message>
</context>
<context>
    <name>RcmdSession</name>
    <message numerus="yes">
        <source>Authentication took longer than %n second(s).</source>
        <translation>
            <numerusform>认证超过了 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>The client reported an error: %1</source>
        <extracomment>%1 is the client&apos;s own message.</extracomment>
        <translation>客户端报告了错误：%1</translation>
    </message>
    <message>
        <source>The client sent a %1 message, which only an agent sends.</source>
        <extracomment>%1 is a protocol message name (e.g. Output).</extracomment>
        <translation>客户端发来了 %1 消息，而这种消息只应由代理发送。</translation>
    </message>
    <message>
        <source>Command %1 is already running on this connection.</source>
        <extracomment>%1 is a command number.</extracomment>
        <translation>命令 %1 已在此连接上运行。</translation>
    </message>
    <message numerus="yes">
        <source>This connection already runs %n command(s), its limit; wait for one to end.</source>
        <translation>
            <numerusform>此连接已在运行 %n 条命令，达到上限；请等其中一条结束。</numerusform>
        </translation>
    </message>
    <message>
        <source>The client left after the challenge without proving that it knows the token.</source>
        <translation>客户端收到挑战后没有证明自己知道令牌就离开了。</translation>
    </message>
</context>
<context>
    <name>RcmdTls</name>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint: expected 32 hex byte pairs such as AB:CD:... (64 hex digits).</source>
        <extracomment>%1 is what the user typed.</extracomment>
        <translation>“%1”不是 SHA-256 指纹：应为 32 组十六进制字节，如 AB:CD:...（共 64 个十六进制数字）。</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER expected).</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>%1 中没有证书（应为 PEM 或 DER 格式）。</translation>
    </message>
    <message>
        <source>%1 holds no private key matching the certificate&apos;s key type (an unencrypted PEM key is expected).</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>%1 中没有与证书密钥类型相符的私钥（应为未加密的 PEM 私钥）。</translation>
    </message>
    <message>
        <source>The private key %1 can be read or changed by other users (mode %2): make it private with chmod 600 %1.</source>
        <extracomment>%1 is a file path, %2 its permission bits in octal (e.g. 644).</extracomment>
        <translation>其他用户可以读取或修改私钥 %1（权限 %2）：请用 chmod 600 %1 把它设为私有。</translation>
    </message>
</context>
<context>
    <name>ReceiveOptionsBox</name>
    <message>
        <source>Receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>&amp;Display:</source>
        <translation>显示(&amp;D)：</translation>
    </message>
    <message>
        <source>How the content column shows the bytes received and sent</source>
        <translation>内容列如何显示收发的字节</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>The text encoding used to show received bytes as text</source>
        <translation>把收到的字节显示为文本时使用的编码</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>按(&amp;H)：</translation>
    </message>
    <message>
        <source>One row per read as it came from the socket, or one row per message cut out by the framing</source>
        <translation>每次读取一行（套接字给出的原样），或每条消息一行（由帧格式切分）</translation>
    </message>
    <message>
        <source>&amp;Framing:</source>
        <translation>帧格式(&amp;F)：</translation>
    </message>
    <message>
        <source>len:4, line, delim:\r\n, struct-i…</source>
        <extracomment>Examples of framing specs: keep the specs themselves untranslated.</extracomment>
        <translation>len:4、line、delim:\r\n、struct-i…</translation>
    </message>
    <message>
        <source>Messages need a framing: enter one above (for example len:4 or line). It applies to connections made after it is set.</source>
        <translation>按消息显示需要帧格式：请在上面填写（例如 len:4 或 line）。设置后新建立的连接才会使用。</translation>
    </message>
    <message>
        <source>&amp;Timestamps</source>
        <translation>时间戳(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Auto-scroll</source>
        <translation>自动滚动(&amp;A)</translation>
    </message>
    <message>
        <source>Stop adding rows; what arrives meanwhile is kept and counted, and shown when you resume</source>
        <translation>暂停添加行；期间收到的数据仍会保留和计数，继续时再显示</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Also write every row to a file, one JSON object per line</source>
        <translation>同时把每一行写入文件，每行一个 JSON 对象</translation>
    </message>
    <message>
        <source>&amp;Save to file</source>
        <translation>保存到文件(&amp;S)</translation>
    </message>
    <message>
        <source>Remove every row from the view</source>
        <translation>清除视图中的所有行</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清空(&amp;C)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Text + hex</source>
        <translation>文本 + 十六进制</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>每次读取</translation>
    </message>
    <message>
        <source>One row per read, as the bytes came from the socket</source>
        <translation>每次读取一行，即套接字给出的原样字节</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>每条消息</translation>
    </message>
    <message>
        <source>One row per message cut out by the framing</source>
        <translation>每条消息一行，由帧格式切分</translation>
    </message>
</context>
<context>
    <name>RemoteCommandPage</name>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Show or hide the agent: the program that runs commands for clients</source>
        <translation>显示或隐藏代理：为客户端执行命令的程序</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Show or hide the console: a client that connects to an agent and runs commands</source>
        <translation>显示或隐藏控制台：连接代理并执行命令的客户端</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Where the agent listens: loopback (127.0.0.1, ::1) is reachable from this machine only</source>
        <translation>代理监听的地址：回环地址（127.0.0.1、::1）只能从本机访问</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Typed, or from a file</source>
        <translation>直接输入，或来自文件</translation>
    </message>
    <message>
        <source>The secret clients must prove they know; a typed token is never saved</source>
        <translation>客户端必须证明自己知道的密钥；输入的令牌从不保存</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Make a random token (32 random bytes)</source>
        <translation>生成随机令牌（32 个随机字节）</translation>
    </message>
    <message>
        <source>Token file</source>
        <translation>令牌文件</translation>
    </message>
    <message>
        <source>Used when no token is typed</source>
        <translation>未输入令牌时使用</translation>
    </message>
    <message>
        <source>A file only you may read (chmod 600) holding the token</source>
        <translation>保存令牌的文件，只允许你读取（chmod 600）</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the token file</source>
        <translation>选择令牌文件</translation>
    </message>
    <message>
        <source>Classic mode (the tutorials&apos; protocol)</source>
        <translation>经典模式（教程中的协议）</translation>
    </message>
    <message>
        <source>A raw command in, struct.pack(&apos;i&apos;) length plus output back: no authentication at all</source>
        <translation>收到原始命令，返回 struct.pack(&apos;i&apos;) 长度加输出：完全没有认证</translation>
    </message>
    <message>
        <source>TLS (optional)</source>
        <translation>TLS（可选）</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>PEM file; empty for plain TCP</source>
        <translation>PEM 文件；留空则使用明文 TCP</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>选择证书文件</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>Unencrypted PEM key</source>
        <translation>未加密的 PEM 私钥</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>选择私钥文件</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时间上限</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>A command running longer is killed with its whole process group</source>
        <translation>运行超过此时间的命令会连同整个进程组被终止</translation>
    </message>
    <message>
        <source>Output limit</source>
        <translation>输出上限</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Output of one command (stdout and stderr together) beyond this is dropped and the command killed</source>
        <translation>单条命令的输出（stdout 与 stderr 合计）超过此值的部分被丢弃，命令被终止</translation>
    </message>
    <message>
        <source>Commands at once</source>
        <translation>同时运行的命令</translation>
    </message>
    <message>
        <source>Allow other machines without TLS</source>
        <translation>允许其他机器不经 TLS 连接</translation>
    </message>
    <message>
        <source>Listen beyond loopback without TLS: commands and their output cross the network readable</source>
        <translation>不使用 TLS 在回环地址以外监听：命令及其输出以明文在网络上传输</translation>
    </message>
    <message>
        <source>Allow running as root</source>
        <translation>允许以 root 身份运行</translation>
    </message>
    <message>
        <source>Every command would run as root</source>
        <translation>每条命令都将以 root 身份执行</translation>
    </message>
    <message>
        <source>Start agent</source>
        <translation>启动代理</translation>
    </message>
    <message>
        <source>Use in console</source>
        <translation>用于控制台</translation>
    </message>
    <message>
        <source>Fill the console&apos;s profile with this agent&apos;s address, port, token and certificate</source>
        <translation>把此代理的地址、端口、令牌和证书填入控制台的配置</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Every connection, authentication, command and exit of the agent, newest at the bottom.</source>
        <translation>代理的每次连接、认证、命令和退出，最新的在最下面。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>A new profile, copied from this one</source>
        <translation>以当前配置为模板新建配置</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this profile</source>
        <translation>删除此配置</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>The agent&apos;s name or address</source>
        <translation>代理的主机名或地址</translation>
    </message>
    <message>
        <source>The agent&apos;s token; a typed token is never saved</source>
        <translation>代理的令牌；输入的令牌从不保存</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Encrypt the connection; the agent needs a certificate</source>
        <translation>加密连接；代理需要配置证书</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>SHA-256 of the agent&apos;s certificate, pinned on first use</source>
        <translation>代理证书的 SHA-256，首次使用时固定</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>信任并连接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Run as</source>
        <translation>运行方式</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Where the command runs on the agent&apos;s machine</source>
        <translation>命令在代理所在机器上的工作目录</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>How the output bytes are decoded for display</source>
        <translation>显示时如何解码输出字节</translation>
    </message>
    <message>
        <source>Connect to an agent, type a command below and press Enter. Standard output shows as it arrives, standard error in red.</source>
        <translation>连接到代理后，在下方输入命令并按回车。标准输出实时显示，标准错误以红色显示。</translation>
    </message>
    <message>
        <source>Quick commands</source>
        <translation>快捷命令</translation>
    </message>
    <message>
        <source>Keep the command line (or the last command) in the list</source>
        <translation>把当前命令行（或上一条命令）加入列表</translation>
    </message>
    <message>
        <source>Remove the selected command</source>
        <translation>删除选中的命令</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run the selected command (or double-click it)</source>
        <translation>运行选中的命令（或双击它）</translation>
    </message>
    <message>
        <source>Double-click to run; F2 to rename</source>
        <translation>双击运行；按 F2 重命名</translation>
    </message>
    <message>
        <source>Command, e.g. ls -l (Up/Down: history)</source>
        <translation>命令，例如 ls -l（上/下键：历史记录）</translation>
    </message>
    <message>
        <source>Ask the agent to kill the running command (its whole process group)</source>
        <translation>请代理终止正在运行的命令（整个进程组）</translation>
    </message>
    <message>
        <source>Save transcript…</source>
        <translation>保存记录…</translation>
    </message>
    <message>
        <source>Choose the agent&apos;s token file</source>
        <translation>选择代理的令牌文件</translation>
    </message>
    <message>
        <source>Choose the agent&apos;s certificate</source>
        <translation>选择代理的证书</translation>
    </message>
    <message>
        <source>Choose the agent&apos;s private key</source>
        <translation>选择代理的私钥</translation>
    </message>
    <message>
        <source>The agent closed the connection.</source>
        <translation>代理关闭了连接。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address: the agent listens on an address such as 127.0.0.1 or ::1.</source>
        <extracomment>%1 is what the user typed.</extracomment>
        <translation>“%1”不是 IP 地址：代理需要监听 127.0.0.1 或 ::1 这样的地址。</translation>
    </message>
    <message>
        <source>Type a token (or press Generate), or choose a token file: clients must prove they know it.</source>
        <translation>请输入令牌（或点击“生成”），或选择令牌文件：客户端必须证明自己知道它。</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and its private key.</source>
        <translation>TLS 需要同时提供证书和对应的私钥。</translation>
    </message>
    <message>
        <source>Stop agent</source>
        <translation>停止代理</translation>
    </message>
    <message>
        <source>The console speaks the authenticated protocol only; use the tutorials&apos; clients with classic mode</source>
        <translation>控制台只支持带认证的协议；经典模式请使用教程中的客户端</translation>
    </message>
    <message>
        <source>Listening on %1 in classic mode: no authentication.</source>
        <extracomment>%1 is an address and port.</extracomment>
        <translation>正在以经典模式监听 %1：没有认证。</translation>
    </message>
    <message>
        <source>Listening on %1 with TLS; certificate fingerprint %2</source>
        <extracomment>%1 is an address and port, %2 a SHA-256 fingerprint.</extracomment>
        <translation>正在以 TLS 监听 %1；证书指纹 %2</translation>
    </message>
    <message>
        <source>Listening on %1 (plain TCP).</source>
        <extracomment>%1 is an address and port.</extracomment>
        <translation>正在监听 %1（明文 TCP）。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>The agent is stopped.</source>
        <translation>代理已停止。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s); the last %1 shown</source>
        <translation>
            <numerusform>%n 个事件；显示最近 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile %1</source>
        <extracomment>%1 is a number.</extracomment>
        <translation>配置 %1</translation>
    </message>
    <message>
        <source>Add a profile first: it says where the agent is.</source>
        <translation>请先添加配置：它说明代理在哪里。</translation>
    </message>
    <message>
        <source>Type the agent&apos;s name or address first.</source>
        <translation>请先输入代理的主机名或地址。</translation>
    </message>
    <message>
        <source>Type the agent&apos;s token or choose its token file.</source>
        <translation>请输入代理的令牌，或选择令牌文件。</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is an address and port.</extracomment>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Authenticating with %1…</source>
        <extracomment>%1 is an address and port.</extracomment>
        <translation>正在与 %1 认证…</translation>
    </message>
    <message>
        <source>Connected to %1 (plain TCP); the agent&apos;s output is %2.</source>
        <extracomment>%1 is an address and port, %2 an encoding name.</extracomment>
        <translation>已连接到 %1（明文 TCP）；代理的输出编码为 %2。</translation>
    </message>
    <message>
        <source>Connected to %1 with TLS; the agent&apos;s output is %2.</source>
        <extracomment>%1 is an address and port, %2 an encoding name.</extracomment>
        <translation>已通过 TLS 连接到 %1；代理的输出编码为 %2。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>The agent at %1 presented a certificate no authority vouches for. Its SHA-256 fingerprint is
%2
Trust it only if it is the one the agent shows (or openssl x509 -noout -fingerprint -sha256 prints for its certificate); it is then pinned in this profile.</source>
        <extracomment>%1 is an address and port, %2 a SHA-256 fingerprint.</extracomment>
        <translation>%1 上的代理出示的证书没有任何证书机构担保。它的 SHA-256 指纹是
%2
只有当它与代理显示的指纹（或 openssl x509 -noout -fingerprint -sha256 对其证书输出的指纹）一致时才信任它；信任后指纹将固定在此配置中。</translation>
    </message>
    <message>
        <source>Not connected: the agent&apos;s certificate was not trusted.</source>
        <translation>未连接：代理的证书未被信任。</translation>
    </message>
    <message>
        <source>A command is still running: wait for it to end, or cancel it.</source>
        <translation>还有命令在运行：请等它结束，或取消它。</translation>
    </message>
    <message>
        <source>Not connected: connect to an agent first, then run a command.</source>
        <translation>未连接：请先连接到代理，再执行命令。</translation>
    </message>
    <message>
        <source>A quote in the command is not closed.</source>
        <translation>命令中有未闭合的引号。</translation>
    </message>
    <message>
        <source>The agent declares its output as &quot;%1&quot;, which cannot be decoded here; showing it as UTF-8.</source>
        <extracomment>%1 is an encoding name.</extracomment>
        <translation>代理声明其输出编码为“%1”，这里无法解码；按 UTF-8 显示。</translation>
    </message>
    <message>
        <source>Cancelling: the agent kills the command&apos;s process group…</source>
        <translation>正在取消：代理正在终止命令的进程组…</translation>
    </message>
    <message>
        <source>Save the transcript</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Transcript saved to %1.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>记录已保存到 %1。</translation>
    </message>
    <message>
        <source>Cannot save the transcript to %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation>无法把记录保存到 %1：%2</translation>
    </message>
    <message>
        <source>[not run to the end: %1]</source>
        <extracomment>%1 is the reason, a sentence.</extracomment>
        <translation>[未能运行完：%1]</translation>
    </message>
    <message>
        <source>signal %1</source>
        <extracomment>%1 is a signal number and name, e.g. 15 (SIGTERM).</extracomment>
        <translation>信号 %1</translation>
    </message>
    <message>
        <source>exit %1</source>
        <extracomment>%1 is the exit status, a number.</extracomment>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration; %1 is a number of milliseconds.</extracomment>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration; %1 is a number of seconds.</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>killed: time limit reached</source>
        <translation>已终止：达到时间上限</translation>
    </message>
    <message>
        <source>killed: output limit reached</source>
        <translation>已终止：达到输出上限</translation>
    </message>
    <message>
        <source>killed: the client went away</source>
        <translation>已终止：客户端已离开</translation>
    </message>
    <message>
        <source>output cut</source>
        <translation>输出被截断</translation>
    </message>
    <message>
        <source>[older output dropped]</source>
        <translation>[较早的输出已丢弃]</translation>
    </message>
    <message>
        <source>Older output was dropped: the view keeps about the last %1 characters.</source>
        <extracomment>%1 is a number of characters.</extracomment>
        <translation>较早的输出已丢弃：视图只保留最近约 %1 个字符。</translation>
    </message>
    <message>
        <source>%1 (through the shell)</source>
        <extracomment>%1 is a command line.</extracomment>
        <translation>%1（通过 shell）</translation>
    </message>
    <message>
        <source>Type a command first (or run one): Add keeps it in the list.</source>
        <translation>请先输入（或运行）一条命令：“添加”会把它加入列表。</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Program and arguments</source>
        <translation>程序和参数</translation>
    </message>
    <message>
        <source>Shell command (sh -c)</source>
        <translation>Shell 命令（sh -c）</translation>
    </message>
    <message>
        <source>The first word is the program, the others its arguments: no shell, so ; | $ and * are plain text</source>
        <translation>第一个词是程序，其余是参数：不经过 shell，因此 ; | $ 和 * 都是普通文本</translation>
    </message>
    <message>
        <source>The agent&apos;s shell runs the line: pipes, redirections, variables and globs work</source>
        <translation>由代理的 shell 执行这一行：管道、重定向、变量和通配符都有效</translation>
    </message>
    <message>
        <source>As the agent declares</source>
        <translation>按代理声明的编码</translation>
    </message>
    <message>
        <source>The agent&apos;s default directory</source>
        <translation>代理的默认目录</translation>
    </message>
</context>
<context>
    <name>ReplyPolicy</name>
    <message>
        <source>Bad reply rule &quot;%1&quot;: write MATCH=&gt;REPLY, e.g. ping=&gt;pong or hex:01 02=&gt;hex:ff.</source>
        <translation>回复规则“%1”有误：请写成 匹配=&gt;回复，例如 ping=&gt;pong 或 hex:01 02=&gt;hex:ff。</translation>
    </message>
    <message>
        <source>Bad regular expression in reply rule &quot;%1&quot;: %2.</source>
        <translation>回复规则“%1”中的正则表达式有误：%2。</translation>
    </message>
    <message>
        <source>Bad match in reply rule &quot;%1&quot;: %2</source>
        <translation>回复规则“%1”的匹配部分有误：%2</translation>
    </message>
    <message>
        <source>Bad reply in reply rule &quot;%1&quot;: %2</source>
        <translation>回复规则“%1”的回复部分有误：%2</translation>
    </message>
</context>
<context>
    <name>ReplyRulesDialog</name>
    <message>
        <source>Reply rules</source>
        <translation>应答规则</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>&lt;p&gt;One rule per line, written as &lt;code&gt;MATCH=&amp;gt;REPLY&lt;/code&gt;. The first matching rule wins; empty lines are ignored.&lt;/p&gt;&lt;p&gt;&lt;code&gt;hello=&amp;gt;world&lt;/code&gt; replies &lt;i&gt;world&lt;/i&gt; to any message that contains &lt;i&gt;hello&lt;/i&gt;.&lt;br&gt;&lt;code&gt;exact:ping=&amp;gt;pong&lt;/code&gt; replies only when the whole message is &lt;i&gt;ping&lt;/i&gt;.&lt;br&gt;&lt;code&gt;hex:01 02=&amp;gt;hex:ff&lt;/code&gt; matches and replies with bytes written in hex.&lt;br&gt;&lt;code&gt;re:^GET .*=&amp;gt;HTTP/1.0 200 OK\r\n&lt;/code&gt; matches a regular expression.&lt;/p&gt;&lt;p&gt;Text parts accept C escapes such as &lt;code&gt;\r&lt;/code&gt;, &lt;code&gt;\n&lt;/code&gt;, &lt;code&gt;\t&lt;/code&gt; and &lt;code&gt;\x41&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每行一条规则，写作 &lt;code&gt;匹配=&amp;gt;应答&lt;/code&gt;。第一条匹配的规则生效；空行会被忽略。&lt;/p&gt;&lt;p&gt;&lt;code&gt;hello=&amp;gt;world&lt;/code&gt;：任何包含 &lt;i&gt;hello&lt;/i&gt; 的消息都应答 &lt;i&gt;world&lt;/i&gt;。&lt;br&gt;&lt;code&gt;exact:ping=&amp;gt;pong&lt;/code&gt;：只有整条消息是 &lt;i&gt;ping&lt;/i&gt; 时才应答。&lt;br&gt;&lt;code&gt;hex:01 02=&amp;gt;hex:ff&lt;/code&gt;：用十六进制写的字节匹配和应答。&lt;br&gt;&lt;code&gt;re:^GET .*=&amp;gt;HTTP/1.0 200 OK\r\n&lt;/code&gt;：按正则表达式匹配。&lt;/p&gt;&lt;p&gt;文本部分可使用 C 转义，如 &lt;code&gt;\r&lt;/code&gt;、&lt;code&gt;\n&lt;/code&gt;、&lt;code&gt;\t&lt;/code&gt; 和 &lt;code&gt;\x41&lt;/code&gt;。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ScreenshotRenderer</name>
    <message>
        <source>Cannot create the screenshot folder %1: check the path and your permissions.</source>
        <translation>无法创建截图文件夹 %1：请检查路径和权限。</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1: check free space and permissions.</source>
        <translation>无法写入截图 %1：请检查磁盘空间和权限。</translation>
    </message>
</context>
<context>
    <name>ScreenshotScene</name>
    <message>
        <source>The screenshot scene did not complete in time on 127.0.0.1.</source>
        <translation>截图场景未能在 127.0.0.1 上按时完成。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Hex frame with a length prefix</source>
        <translation>带长度前缀的十六进制帧</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>心跳</translation>
    </message>
    <message>
        <source>Sent every 5 s by the device</source>
        <translation>设备每 5 秒发送一次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SendBox</name>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>发送消息（Ctrl+回车）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation>清空消息</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Type text to send… (Ctrl+Return sends, Up/Down recall earlier messages)</source>
        <translation>输入要发送的文本…（Ctrl+回车发送，上/下方向键调出历史消息）</translation>
    </message>
    <message>
        <source>Text with escapes, e.g. hello\r\n or \x41\x42</source>
        <translation>带转义的文本，例如 hello\r\n 或 \x41\x42</translation>
    </message>
    <message>
        <source>Hex bytes, e.g. 68 65 6c 6c 6f</source>
        <translation>十六进制字节，例如 68 65 6c 6c 6f</translation>
    </message>
    <message>
        <source>The path of a file to send</source>
        <translation>要发送的文件路径</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the repeated send</source>
        <translation>停止循环发送</translation>
    </message>
</context>
<context>
    <name>SendOptions</name>
    <message>
        <source>Bad value &quot;%1&quot; for --line-ending: use none, lf, crlf or cr.</source>
        <translation>--line-ending 的值“%1”有误：请使用 none、lf、crlf 或 cr。</translation>
    </message>
    <message>
        <source>Unknown checksum &quot;%1&quot;: use one of %2.</source>
        <translation>未知校验方式“%1”：请使用 %2 之一。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>SendOptionsBox</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>How the typed text becomes bytes</source>
        <translation>输入的文本如何变成字节</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>编码(&amp;E)</translation>
    </message>
    <message>
        <source>The character encoding of text (not used for hex)</source>
        <translation>文本的字符编码（十六进制不使用）</translation>
    </message>
    <message>
        <source>&amp;Line ending</source>
        <translation>行尾(&amp;L)</translation>
    </message>
    <message>
        <source>Appended after the message and its checksum</source>
        <translation>追加在消息及其校验和之后</translation>
    </message>
    <message>
        <source>Check&amp;sum</source>
        <translation>校验和(&amp;S)</translation>
    </message>
    <message>
        <source>Computed over the message bytes and appended before the line ending</source>
        <translation>对消息字节计算，追加在行尾之前</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>重复次数(&amp;R)</translation>
    </message>
    <message>
        <source>How many times one click sends the message</source>
        <translation>点一次发送几次</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>间隔(&amp;P)</translation>
    </message>
    <message>
        <source>Time between repeats; 0 sends as fast as the peer takes them</source>
        <translation>每次重复之间的时间；0 表示对方能收多快就发多快</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Choose a file and send its bytes as they are</source>
        <translation>选择一个文件，按原样发送它的字节</translation>
    </message>
    <message>
        <source>Send file…</source>
        <translation>发送文件…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Text with escapes (\n \x41)</source>
        <translation>带转义的文本（\n \x41）</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>LF \n</source>
        <translation>LF \n</translation>
    </message>
    <message>
        <source>CRLF \r\n</source>
        <translation>CRLF \r\n</translation>
    </message>
    <message>
        <source>CR \r</source>
        <translation>CR \r</translation>
    </message>
    <message>
        <source>Send File</source>
        <translation>发送文件</translation>
    </message>
</context>
<context>
    <name>SocketErrorText</name>
    <message>
        <source>Connection to %1 was refused: nothing is listening on that port (or a firewall said no). Check the address and that the server is running.</source>
        <translation>连接 %1 被拒绝：该端口上没有程序在监听（或被防火墙拒绝）。请检查地址，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 关闭了连接。</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; was not found: check the name, or use an IP address.</source>
        <translation>找不到主机“%1”：请检查名称，或直接使用 IP 地址。</translation>
    </message>
    <message>
        <source>Connecting to %1 timed out after %2 ms: the host may be down, or a firewall drops the packets.</source>
        <translation>连接 %1 在 %2 毫秒后超时：主机可能已关闭，或防火墙丢弃了数据包。</translation>
    </message>
    <message>
        <source>Permission denied for port %1: ports below 1024 need administrator rights. Use a port from 1024 up.</source>
        <translation>没有使用端口 %1 的权限：1024 以下的端口需要管理员权限。请使用 1024 及以上的端口。</translation>
    </message>
    <message>
        <source>The address %1 is not on this machine: bind to one of its own addresses, or to any address.</source>
        <translation>地址 %1 不属于本机：请绑定本机自己的地址，或绑定任意地址。</translation>
    </message>
    <message>
        <source>Network error with %1: the network is unreachable or the connection was reset (%2).</source>
        <translation>与 %1 通信时出现网络错误：网络不可达或连接被重置（%2）。</translation>
    </message>
    <message>
        <source>The datagram to %1 is too large for the network: send at most 65,507 bytes over IPv4.</source>
        <translation>发往 %1 的数据报对网络来说太大：IPv4 上最多发送 65,507 字节。</translation>
    </message>
    <message>
        <source>%1: this is not supported here (is IPv6 disabled?). %2</source>
        <translation>%1：此处不支持该操作（IPv6 是否被禁用？）。%2</translation>
    </message>
    <message>
        <source>Out of sockets or memory for %1: close some connections or raise the open-files limit (ulimit -n).</source>
        <translation>为 %1 分配套接字或内存失败：请关闭一些连接，或提高打开文件数上限（ulimit -n）。</translation>
    </message>
    <message>
        <source>Socket error with %1: %2</source>
        <translation>%1 出现套接字错误：%2</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program (address reuse was on, so this is not a socket left in TIME_WAIT): stop that program or pick another port.</source>
        <translation>端口 %1 已被另一个程序占用（地址复用已经开启，所以不是遗留的 TIME_WAIT 套接字）：请停止那个程序或换一个端口。</translation>
    </message>
    <message>
        <source>Port %1 is in use (maybe by a socket in TIME_WAIT from an earlier run): allow address reuse (SO_REUSEADDR) or pick another port.</source>
        <translation>端口 %1 已被占用（可能是上次运行留下的处于 TIME_WAIT 状态的套接字）：请启用地址复用（SO_REUSEADDR）或换一个端口。</translation>
    </message>
</context>
<context>
    <name>TcpClient</name>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>looking up</source>
        <translation>解析中</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>关闭中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>TcpClientCommand</name>
    <message>
        <source>--connect needs a host name or address, e.g. 127.0.0.1:9000.</source>
        <translation>--connect 需要主机名或地址，例如 127.0.0.1:9000。</translation>
    </message>
    <message>
        <source>--bind needs an IP address of this machine, not &quot;%1&quot;.</source>
        <translation>--bind 需要本机的 IP 地址，而不是“%1”。</translation>
    </message>
    <message>
        <source>reconnecting in %1 ms (attempt %2)</source>
        <translation>%1 毫秒后重新连接（第 %2 次）</translation>
    </message>
    <message>
        <source>%1, %2 failed; %3 sent, %4 received</source>
        <comment>connection count, failed count, byte counts</comment>
        <translation>%1，失败 %2 个；发出 %3，收到 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n 个连接</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TcpClientHandle</name>
    <message>
        <source>Not connected: connect first, then send.</source>
        <translation>未连接：请先连接，再发送。</translation>
    </message>
    <message>
        <source>Not connected: there is no connection to visualize.</source>
        <translation>未连接：没有可以可视化的连接。</translation>
    </message>
</context>
<context>
    <name>TcpClientPage</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>A name or an address</source>
        <translation>域名或地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>本地地址</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>本地端口</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation>自动重连</translation>
    </message>
    <message>
        <source>After a failure or a close, try again with a growing delay</source>
        <translation>连接失败或关闭后，以逐渐增加的间隔重试</translation>
    </message>
    <message>
        <source>TCP_NODELAY (turn Nagle off)</source>
        <translation>TCP_NODELAY（关闭 Nagle 算法）</translation>
    </message>
    <message>
        <source>Send small writes at once instead of coalescing them</source>
        <translation>小块写入立即发出，而不是合并后再发</translation>
    </message>
    <message>
        <source>Keep-alive (SO_KEEPALIVE)</source>
        <translation>保活（SO_KEEPALIVE）</translation>
    </message>
    <message>
        <source>Send buffer</source>
        <translation>发送缓冲区</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Receive buffer</source>
        <translation>接收缓冲区</translation>
    </message>
    <message>
        <source>Read size</source>
        <translation>每次读取</translation>
    </message>
    <message>
        <source>All available</source>
        <translation>全部可读数据</translation>
    </message>
    <message>
        <source>At most this many bytes per read, like recv(N)</source>
        <translation>每次最多读取这么多字节，如同 recv(N)</translation>
    </message>
    <message>
        <source>Read delay</source>
        <translation>读取延迟</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Wait this long before each read, so that sends pile up (sticky-packet experiments)</source>
        <translation>每次读取前等待这么久，让多次发送堆积起来（粘包实验）</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connected to %1 from %2</source>
        <translation>已从 %2 连接到 %1</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>Reconnecting in %1 ms (attempt %2)…</source>
        <translation>%1 毫秒后重连（第 %2 次）…</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address first.</source>
        <translation>请先输入服务器的域名或地址。</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Resolved to %1</source>
        <translation>解析为 %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Not connected: connect first, then send.</source>
        <translation>未连接：请先连接，再发送。</translation>
    </message>
    <message>
        <source>Graceful (FIN)</source>
        <translation>正常关闭（FIN）</translation>
    </message>
    <message>
        <source>Abort (RST)</source>
        <translation>强制断开（RST）</translation>
    </message>
    <message>
        <source>Send what is pending, then close: the peer reads the end of the stream</source>
        <translation>先发完待发数据再关闭：对方读到数据流结束</translation>
    </message>
    <message>
        <source>Drop what is pending and reset: the peer sees &quot;connection reset&quot;</source>
        <translation>丢弃待发数据并复位：对方看到“连接被重置”</translation>
    </message>
</context>
<context>
    <name>TcpConnection</name>
    <message>
        <source>%1 stopped reading: %2 bytes are waiting to be sent to it (limit %3), so it was dropped.</source>
        <translation>%1 已停止读取：有 %2 字节等待发给它（上限 %3），因此断开了它。</translation>
    </message>
    <message>
        <source>%1 did not take the last bytes within %2 s; the connection was aborted.</source>
        <translation>%1 在 %2 秒内没有收下最后的数据，连接已被中止。</translation>
    </message>
    <message>
        <source>Aborted: %1 was sent a reset (RST).</source>
        <translation>已中止：向 %1 发送了复位（RST）。</translation>
    </message>
    <message>
        <source>Framing error from %1: %2 The connection was closed.</source>
        <translation>来自 %1 的分帧错误：%2连接已关闭。</translation>
    </message>
    <message>
        <source>%1 closed in the middle of a message. %2</source>
        <translation>%1 在一条消息的中途关闭了连接。%2</translation>
    </message>
</context>
<context>
    <name>TcpServer</name>
    <message>
        <source>Could not accept a client: %1</source>
        <translation>无法接受客户端：%1</translation>
    </message>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message numerus="yes">
        <source>Refused %1: the server already has its maximum of %n client(s).</source>
        <translation>
            <numerusform>已拒绝 %1：服务器的客户端数已达上限 %n 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TcpServerHandle</name>
    <message>
        <source>No client is connected: nothing was sent.</source>
        <translation>没有客户端连接：未发送任何数据。</translation>
    </message>
    <message>
        <source>The selected clients have disconnected: nothing was sent.</source>
        <translation>选中的客户端已断开：未发送任何数据。</translation>
    </message>
    <message>
        <source>Client #%1 has disconnected; its stream trace is gone.</source>
        <translation>客户端 #%1 已断开，它的数据流跟踪已不存在。</translation>
    </message>
</context>
<context>
    <name>TcpServerPage</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The local address to listen on: 0.0.0.0 = every IPv4 address, :: or * = IPv6 and IPv4, 127.0.0.1 = this machine only</source>
        <translation>要监听的本地地址：0.0.0.0 = 所有 IPv4 地址，:: 或 * = IPv6 和 IPv4，127.0.0.1 = 仅本机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>0 picks any free port</source>
        <translation>0 表示任选一个空闲端口</translation>
    </message>
    <message>
        <source>Start listening</source>
        <translation>开始监听</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Reuse address (SO_REUSEADDR)</source>
        <translation>地址复用（SO_REUSEADDR）</translation>
    </message>
    <message>
        <source>Lets the server listen again at once while old connections are in TIME_WAIT</source>
        <translation>旧连接处于 TIME_WAIT 时也能立即重新监听</translation>
    </message>
    <message>
        <source>Dual-stack: IPv6 and IPv4</source>
        <translation>双栈：IPv6 和 IPv4</translation>
    </message>
    <message>
        <source>With the :: address, accept IPv4 clients too</source>
        <translation>使用 :: 地址时也接受 IPv4 客户端</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>等待队列</translation>
    </message>
    <message>
        <source>Connections the system queues before accept()</source>
        <translation>accept() 之前系统可排队的连接数</translation>
    </message>
    <message>
        <source>Max clients</source>
        <translation>最大客户端数</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Read size</source>
        <translation>每次读取</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>All available</source>
        <translation>全部可读数据</translation>
    </message>
    <message>
        <source>At most this many bytes per read, like recv(N)</source>
        <translation>每次最多读取这么多字节，如同 recv(N)</translation>
    </message>
    <message>
        <source>Read delay</source>
        <translation>读取延迟</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Wait this long before each read, so that sends pile up (sticky-packet experiments)</source>
        <translation>每次读取前等待这么久，让多次发送堆积起来（粘包实验）</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Where the Send button sends</source>
        <translation>“发送”按钮发给谁</translation>
    </message>
    <message>
        <source>Show only the selected clients</source>
        <translation>只显示选中的客户端</translation>
    </message>
    <message>
        <source>Filter the data view to the clients selected above</source>
        <translation>数据视图只显示上面选中的客户端</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Remove closed</source>
        <translation>移除已关闭</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
    <message>
        <source>Turned away %1: %2</source>
        <translation>已拒绝 %1：%2</translation>
    </message>
    <message>
        <source>Select the clients to disconnect first.</source>
        <translation>请先选中要断开的客户端。</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>停止监听</translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation>未在监听：%1</translation>
    </message>
    <message>
        <source>● Listening on %1</source>
        <translation>● 正在监听 %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>The server is not listening: start it, then send.</source>
        <translation>服务器未在监听：请先启动，再发送。</translation>
    </message>
    <message>
        <source>No client is selected: select clients in the table, or send to all.</source>
        <translation>未选中客户端：请在表格中选中客户端，或发送给全部。</translation>
    </message>
    <message>
        <source>Visualize this connection</source>
        <translation>可视化这个连接</translation>
    </message>
    <message>
        <source>Disconnect (FIN)</source>
        <translation>断开（FIN）</translation>
    </message>
    <message>
        <source>Reset (RST)</source>
        <translation>复位（RST）</translation>
    </message>
    <message>
        <source>Send to all clients</source>
        <translation>发送给全部客户端</translation>
    </message>
    <message>
        <source>Send to selected clients</source>
        <translation>发送给选中的客户端</translation>
    </message>
</context>
<context>
    <name>TextCodec</name>
    <message>
        <source>Latin-1 (Western European)</source>
        <translation>Latin-1（西欧）</translation>
    </message>
    <message>
        <source>UTF-16LE (little-endian)</source>
        <translation>UTF-16LE（小端序）</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <extracomment>%1 is the encoding name as given, e.g. &quot;GBK&quot;.</extracomment>
        <translation>未知的文本编码“%1”。</translation>
    </message>
    <message>
        <source>Invalid character %1 at position %2: an unpaired UTF-16 surrogate is not text.</source>
        <extracomment>%1 is a code like U+D800, %2 its 1-based position.</extracomment>
        <translation>第 %2 个位置的字符 %1 无效：不成对的 UTF-16 代理项不是文本。</translation>
    </message>
    <message>
        <source>The character %1 at position %2 cannot be encoded in %3.</source>
        <extracomment>%1 is the character in quotes or a code like U+0081, %2 its 1-based position, %3 the encoding name.</extracomment>
        <translation>第 %2 个字符 %1 无法用 %3 编码。</translation>
    </message>
    <message>
        <source>The text cannot be encoded in %1.</source>
        <extracomment>%1 is the encoding name, e.g. &quot;GBK&quot;.</extracomment>
        <translation>该文本无法用 %1 编码。</translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <source>Write #%1</source>
        <translation>写 #%1</translation>
    </message>
    <message>
        <source>Datagram #%1</source>
        <translation>数据报 #%1</translation>
    </message>
    <message>
        <source>Segment #%1</source>
        <translation>报文段 #%1</translation>
    </message>
    <message>
        <source>Read #%1</source>
        <translation>读取 #%1</translation>
    </message>
    <message>
        <source>Frame #%1</source>
        <translation>帧 #%1</translation>
    </message>
    <message>
        <source>Reply #%1</source>
        <translation>回复 #%1</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>other bytes</source>
        <translation>其他字节</translation>
    </message>
    <message>
        <source>%1 (empty)</source>
        <translation>%1（空）</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>第 %1 次写</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>第 %1 次读</translation>
    </message>
    <message>
        <source>Byte offset →</source>
        <translation>字节偏移 →</translation>
    </message>
    <message>
        <source>Time (ms) →</source>
        <translation>时间（毫秒）→</translation>
    </message>
    <message>
        <source>write calls</source>
        <translation>write 调用</translation>
    </message>
    <message>
        <source>datagrams</source>
        <translation>数据报</translation>
    </message>
    <message>
        <source>TCP segments</source>
        <translation>TCP 报文段</translation>
    </message>
    <message>
        <source>recv calls</source>
        <translation>recv 调用</translation>
    </message>
    <message>
        <source>decoded messages</source>
        <translation>还原出的消息</translation>
    </message>
    <message>
        <source>receiver → sender</source>
        <translation>接收方 → 发送方</translation>
    </message>
    <message>
        <source>Colours show messages:</source>
        <translation>颜色代表消息：</translation>
    </message>
    <message>
        <source>Colours show write calls:</source>
        <translation>颜色代表 write 调用：</translation>
    </message>
    <message>
        <source>Colours show reads:</source>
        <translation>颜色代表读取：</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <source>header / delimiter bytes</source>
        <translation>头部 / 分隔符字节</translation>
    </message>
    <message>
        <source>never read</source>
        <translation>从未读取</translation>
    </message>
    <message>
        <source>highlighted range (click a block)</source>
        <translation>高亮范围（点击一个块）</translation>
    </message>
    <message>
        <source>latest step</source>
        <translation>最新一步</translation>
    </message>
    <message>
        <source>never read: %1 bytes</source>
        <translation>从未读取：%1 字节</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 blocks merged at this zoom: bytes %2–%3. Zoom in (Ctrl+wheel) to see them one by one.</source>
        <translation>此缩放下合并了 %1 个块：字节 %2–%3。放大（Ctrl+滚轮）可逐个查看。</translation>
    </message>
    <message>
        <source>no bytes, at offset %1</source>
        <translation>无字节，位于偏移 %1</translation>
    </message>
    <message>
        <source>bytes %1–%2 (%3 bytes)</source>
        <translation>字节 %1–%2（%3 字节）</translation>
    </message>
    <message>
        <source>at %1 ms</source>
        <translation>于 %1 毫秒</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <source>From writes: %1</source>
        <translation>来自写调用：%1</translation>
    </message>
    <message>
        <source>Reads: %1</source>
        <translation>读取：%1</translation>
    </message>
    <message>
        <source>Header bytes: %1</source>
        <translation>头部字节：%1</translation>
    </message>
    <message>
        <source>Delimiter bytes: %1</source>
        <translation>分隔符字节：%1</translation>
    </message>
    <message>
        <source>(the bytes were not kept)</source>
        <translation>（这些字节没有保留）</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>文本：%1</translation>
    </message>
    <message>
        <source>Hex: %1</source>
        <translation>十六进制：%1</translation>
    </message>
    <message>
        <source>… +%1 more bytes not shown</source>
        <translation>… 另有 %1 字节未显示</translation>
    </message>
    <message>
        <source>Packet timeline</source>
        <translation>数据包时间线</translation>
    </message>
</context>
<context>
    <name>TokenFile</name>
    <message>
        <source>The token file %1 does not exist.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>令牌文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The token file %1 is not a regular file.</source>
        <translation>令牌文件 %1 不是普通文件。</translation>
    </message>
    <message>
        <source>The token file %1 can be read or changed by other users (mode %2): make it private with chmod 600 %1.</source>
        <extracomment>%1 is a file path, %2 its permission bits in octal (e.g. 644).</extracomment>
        <translation>令牌文件 %1 可被其他用户读取或修改（权限 %2）：请用 chmod 600 %1 将其设为私有。</translation>
    </message>
    <message>
        <source>The token file %1 is larger than %2 bytes: is it the right file?</source>
        <extracomment>%1 is a file path, %2 a number of bytes.</extracomment>
        <translation>令牌文件 %1 超过 %2 字节：是不是选错了文件？</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation>无法读取令牌文件 %1：%2</translation>
    </message>
    <message>
        <source>The token file %1 is empty: put a long random secret in it.</source>
        <translation>令牌文件 %1 是空的：请在其中放入一段较长的随机密钥。</translation>
    </message>
</context>
<context>
    <name>TrafficLog</name>
    <message>
        <source>Cannot open the traffic log file %1: %2. Choose a file in a folder you can write to.</source>
        <extracomment>%1 is the file path, %2 the system&apos;s reason (e.g. &quot;No such file or directory&quot;).</extracomment>
        <translation>无法打开通信记录文件 %1：%2。请选择一个可写文件夹中的文件。</translation>
    </message>
    <message>
        <source>Writing the traffic log file %1 failed: %2. The file was closed; free some space or choose another file.</source>
        <extracomment>%1 is the file path, %2 the system&apos;s reason (e.g. &quot;No space left on device&quot;).</extracomment>
        <translation>写入通信记录文件 %1 失败：%2。该文件已关闭；请释放一些空间或选择其他文件。</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>RX</source>
        <comment>direction: received</comment>
        <translation>收</translation>
    </message>
    <message>
        <source>TX</source>
        <comment>direction: sent</comment>
        <translation>发</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>direction: a notice such as connected or closed</comment>
        <translation>提示</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>direction: an error</comment>
        <translation>错误</translation>
    </message>
    <message numerus="yes">
        <source>… %n more byte(s)</source>
        <translation>
            <numerusform>… 还有 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Datagram</source>
        <translation>数据报</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n byte(s)</source>
        <extracomment>%1 is what the row is (Read, Write, Message, Datagram), %n its size.</extracomment>
        <translation>
            <numerusform>%1，%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty datagram)</source>
        <translation>（空数据报）</translation>
    </message>
</context>
<context>
    <name>TrafficPageBinding</name>
    <message numerus="yes">
        <source>Stopped after %n message(s).</source>
        <translation>
            <numerusform>发送 %n 条消息后已停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection #%1 (%2)</source>
        <translation>连接 #%1（%2）</translation>
    </message>
    <message>
        <source>Save received data</source>
        <translation>保存收到的数据</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON 行文件 (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saving every row from now on to %1</source>
        <translation>从现在起每一行都保存到 %1</translation>
    </message>
</context>
<context>
    <name>TrafficStatusBar</name>
    <message numerus="yes">
        <source>RX %1 · %n message(s) · %2</source>
        <translation>
            <numerusform>收 %1 · %n 条 · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TX %1 · %n message(s) · %2</source>
        <translation>
            <numerusform>发 %1 · %n 条 · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Received: %1 bytes in %2 messages</source>
        <translation>已接收：%1 字节，%2 条消息</translation>
    </message>
    <message>
        <source>Sent: %1 bytes in %2 messages</source>
        <translation>已发送：%1 字节，%2 条消息</translation>
    </message>
    <message>
        <source>%1 rows not shown</source>
        <translation>%1 行未显示</translation>
    </message>
    <message>
        <source>The view could not keep up, so these rows were left out of it; the counters still count their bytes.</source>
        <translation>视图跟不上，这些行没有显示；计数器仍然统计了它们的字节。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>清零</translation>
    </message>
    <message>
        <source>Count from zero again</source>
        <translation>从零重新计数</translation>
    </message>
</context>
<context>
    <name>UdpCommand</name>
    <message>
        <source>--send-to needs an IP address, not &quot;%1&quot;.</source>
        <translation>--send-to 需要 IP 地址，而不是“%1”。</translation>
    </message>
    <message>
        <source>--join needs a multicast group address (224.0.0.0/4 or ff00::/8), not &quot;%1&quot;.</source>
        <translation>--join 需要组播组地址（224.0.0.0/4 或 ff00::/8），而不是“%1”。</translation>
    </message>
    <message>
        <source>--send needs a --send-to HOST:PORT to send to.</source>
        <translation>--send 需要用 --send-to 主机:端口 指定发送目标。</translation>
    </message>
</context>
<context>
    <name>UdpPage</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The local address to bind: 0.0.0.0 = every IPv4 address, :: or * = IPv6 and IPv4</source>
        <translation>要绑定的本地地址：0.0.0.0 = 所有 IPv4 地址，:: 或 * = IPv6 和 IPv4</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>0 picks any free port</source>
        <translation>0 表示任选一个空闲端口</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Share the port (SO_REUSEADDR)</source>
        <translation>共享端口（SO_REUSEADDR）</translation>
    </message>
    <message>
        <source>Let other programs bind the same port, as multicast receivers do</source>
        <translation>允许其他程序绑定同一端口，组播接收方需要这样</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Multicast group</source>
        <translation>组播组</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>发送目标</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>广播</translation>
    </message>
    <message>
        <source>Target 255.255.255.255: every host on the local network</source>
        <translation>目标设为 255.255.255.255：本地网络上的所有主机</translation>
    </message>
    <message>
        <source>Name, e.g. 唐僧</source>
        <translation>名称，例如 唐僧</translation>
    </message>
    <message>
        <source>Save as contact</source>
        <translation>存为联系人</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Bound to %1</source>
        <translation>已绑定 %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Not open: %1</source>
        <translation>未打开：%1</translation>
    </message>
    <message>
        <source>● Bound to %1</source>
        <translation>● 已绑定 %1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>The UDP socket is not open: open it, then send.</source>
        <translation>UDP 套接字未打开：请先打开，再发送。</translation>
    </message>
    <message>
        <source>Sending to %1 (%2:%3)</source>
        <translation>发送给 %1（%2:%3）</translation>
    </message>
    <message>
        <source>%1 is not a multicast group: use 224.0.0.0 to 239.255.255.255 or an IPv6 ff00::/8 address.</source>
        <translation>%1 不是组播组：请使用 224.0.0.0 到 239.255.255.255，或 IPv6 的 ff00::/8 地址。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>UdpPeer</name>
    <message>
        <source>The datagram for %1 is %2 bytes: UDP over %3 carries at most %4 bytes. Split it or use TCP.</source>
        <translation>发往 %1 的数据报有 %2 字节：基于 %3 的 UDP 最多只能携带 %4 字节。请拆分数据或改用 TCP。</translation>
    </message>
    <message>
        <source>Cannot send to %1: the UDP socket is not open.</source>
        <translation>无法发送到 %1：UDP 套接字未打开。</translation>
    </message>
    <message>
        <source>Could not join the multicast group %1: %2</source>
        <translation>无法加入组播组 %1：%2</translation>
    </message>
    <message>
        <source>Joined the multicast group %1.</source>
        <translation>已加入组播组 %1。</translation>
    </message>
    <message>
        <source>Could not leave the multicast group %1: %2</source>
        <translation>无法离开组播组 %1：%2</translation>
    </message>
    <message>
        <source>Left the multicast group %1.</source>
        <translation>已离开组播组 %1。</translation>
    </message>
</context>
<context>
    <name>UdpPeerHandle</name>
    <message>
        <source>The UDP socket is not open: open it first, then send.</source>
        <translation>UDP 套接字未打开：请先打开，再发送。</translation>
    </message>
</context>
<context>
    <name>VisualizerPage</name>
    <message>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>The experiments of the tutorials; choosing one fills the boxes below</source>
        <translation>教程里的实验；选择一个会填好下面各项</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Messages separated by commas, with C escapes (\n, \x00); write \, for a comma. An empty piece is an empty message.</source>
        <translation>用逗号分隔的消息，可用 C 转义（\n、\x00）；逗号本身写作 \,。空的一段就是一条空消息。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <source>Split into</source>
        <translation>拆成</translation>
    </message>
    <message>
        <source> writes</source>
        <translation> 次写</translation>
    </message>
    <message>
        <source>With &quot;Split each message&quot;: write calls per message</source>
        <translation>选“拆分每条消息”时：每条消息的 write 调用次数</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>TCP_NODELAY (Nagle&apos;s algorithm off)</source>
        <translation>TCP_NODELAY（关闭 Nagle 算法）</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>帧格式</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Read sizes</source>
        <translation>读取大小</translation>
    </message>
    <message>
        <source>recv(N) sizes: one number, or several separated by commas (1,5,1)</source>
        <translation>recv(N) 的大小：一个数，或用逗号分隔的几个数（1,5,1）</translation>
    </message>
    <message>
        <source>Repeat the last size until the end</source>
        <translation>最后一个大小一直重复到结束</translation>
    </message>
    <message>
        <source>Off: the receiver makes exactly these reads and stops</source>
        <translation>不勾选：接收方只做这几次读取然后停止</translation>
    </message>
    <message>
        <source>Read delay</source>
        <translation>读取延迟</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>The receiver waits this long before each read, like time.sleep() in the tutorials</source>
        <translation>接收方每次读取前等待这么久，就像教程里的 time.sleep()</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Live runs</source>
        <translation>真实运行次数</translation>
    </message>
    <message>
        <source>Repeat a live run to see how often the outcome changes</source>
        <translation>重复真实运行，看结果多常变化</translation>
    </message>
    <message>
        <source>Run the experiment and draw every event</source>
        <translation>运行实验并画出每个事件</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Show the events one at a time</source>
        <translation>一次显示一个事件</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>图</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>坐标轴</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show the whole trace</source>
        <translation>显示整个跟踪</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the diagram as a PNG picture</source>
        <translation>把图保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Save the diagram as an SVG drawing</source>
        <translation>把图保存为 SVG 矢量图</translation>
    </message>
    <message>
        <source>Save the trace (events, totals, bytes in hex) as JSON</source>
        <translation>把跟踪（事件、合计、十六进制字节）保存为 JSON</translation>
    </message>
    <message>
        <source>Export the diagram as PNG</source>
        <translation>把图导出为 PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export the diagram as SVG</source>
        <translation>把图导出为 SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export the trace as JSON</source>
        <translation>把跟踪导出为 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Three sends, one read</source>
        <translation>三次发送，一次读取</translation>
    </message>
    <message>
        <source>One send, small reads</source>
        <translation>一次发送，小块读取</translation>
    </message>
    <message>
        <source>Fix: length, then ready</source>
        <translation>解决：先发长度，等 ready</translation>
    </message>
    <message>
        <source>Fix: length prefix</source>
        <translation>解决：长度前缀</translation>
    </message>
    <message>
        <source>Fix: JSON header</source>
        <translation>解决：JSON 头部</translation>
    </message>
    <message>
        <source>UDP keeps boundaries</source>
        <translation>UDP 保留边界</translation>
    </message>
    <message>
        <source>Nagle vs TCP_NODELAY</source>
        <translation>Nagle 与 TCP_NODELAY</translation>
    </message>
    <message>
        <source>One write per message</source>
        <translation>每条消息一次写</translation>
    </message>
    <message>
        <source>All messages in one write</source>
        <translation>所有消息一次写完</translation>
    </message>
    <message>
        <source>Split each message</source>
        <translation>拆分每条消息</translation>
    </message>
    <message>
        <source>Length, wait for ready, data</source>
        <translation>长度，等 ready，再发数据</translation>
    </message>
    <message>
        <source>Simulated (same result every time)</source>
        <translation>模拟（每次结果相同）</translation>
    </message>
    <message>
        <source>Live on 127.0.0.1</source>
        <translation>在 127.0.0.1 上真实运行</translation>
    </message>
    <message>
        <source>Byte offset</source>
        <translation>字节偏移</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot; (%2).</source>
        <translation>未知的预设“%1”（%2）。</translation>
    </message>
    <message>
        <source>Live runs need the network engine, which is not running.</source>
        <translation>真实运行需要网络引擎，但它没有运行。</translation>
    </message>
    <message>
        <source>Running live on 127.0.0.1: run %1 of %2…</source>
        <translation>正在 127.0.0.1 上真实运行：第 %1 次，共 %2 次…</translation>
    </message>
    <message>
        <source>Custom experiment</source>
        <translation>自定义实验</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Packet visualizer</source>
        <translation>数据包可视化</translation>
    </message>
    <message>
        <source>Choose a preset and press Run to draw every write, segment, read and frame; Step shows them one at a time. Click a block to find its bytes in every lane.</source>
        <translation>选择一个预设并点“运行”，画出每次写、每个报文段、每次读取和每一帧；“单步”一次显示一个。点击一个块，可在每条泳道里找到它的字节。</translation>
    </message>
    <message>
        <source>Over %1 live runs: </source>
        <translation>在 %1 次真实运行中：</translation>
    </message>
    <message>
        <source>This trace has no writes (a server&apos;s side of a connection only reads), so each read has its own colour. The messages the peer meant are not known here.</source>
        <translation>这个跟踪没有写调用（服务器一侧的连接只有读取），所以每次读取各用一种颜色。这里不知道对方原本的消息。</translation>
    </message>
    <message>
        <source>No messages are known for a connection, so colours mark the write calls; a read shows the colours of the writes at the same stream offsets (as with an echo peer).</source>
        <translation>连接里不知道消息，所以颜色标出的是 write 调用；读取显示流中相同偏移处那些写调用的颜色（对方回显时正是如此）。</translation>
    </message>
    <message>
        <source>Sends %1 · Segments %2 · Reads %3 · Frames %4 · Bytes %5</source>
        <translation>发送 %1 · 报文段 %2 · 读取 %3 · 帧 %4 · 字节 %5</translation>
    </message>
    <message>
        <source>%1 at %2 ms: no bytes</source>
        <translation>%1 于 %2 毫秒：无字节</translation>
    </message>
    <message>
        <source>%1 at %2 ms: bytes %3–%4 &quot;%5&quot;</source>
        <translation>%1 于 %2 毫秒：字节 %3–%4 “%5”</translation>
    </message>
    <message>
        <source>Step %1 of %2. %3</source>
        <translation>第 %1 步，共 %2 步。%3</translation>
    </message>
    <message>
        <source>Cannot write %1: check the folder, its permissions and the free space.</source>
        <translation>无法写入 %1：请检查文件夹、权限和剩余空间。</translation>
    </message>
</context>
</TS>
