<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>EscapedText</name>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <extracomment>%1 is the encoding name as given, e.g. &quot;GBK&quot;.</extracomment>
        <translation>未知的文本编码“%1”。</translation>
    </message>
    <message>
        <source>The character %1 at position %2 cannot be encoded in %3.</source>
        <extracomment>%1 is the character in quotes or a code like U+0081, %2 its 1-based position, %3 the encoding name.</extracomment>
        <translation>第 %2 个字符 %1 无法用 %3 编码。</translation>
    </message>
    <message>
        <source>Invalid character %1 at position %2: an unpaired UTF-16 surrogate is not text.</source>
        <extracomment>%1 is a code like U+D800, %2 its 1-based position.</extracomment>
        <translation>第 %2 个位置的字符 %1 无效：不成对的 UTF-16 代理项不是文本。</translation>
    </message>
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
        <source>TCP server</source>
        <translation>TCP 服务器</translation>
    </message>
    <message>
        <source>Listen on a port, serve many clients at once, and see every read exactly as it arrived: size, time, bytes. Reply with echo, upper case or your own rules.</source>
        <translation>监听端口，同时服务多个客户端，按实际到达的样子查看每一次读取：大小、时间、字节。可以回显、转大写或按自定义规则回复。</translation>
    </message>
    <message>
        <source>This page is not available yet.</source>
        <translation>此页面尚不可用。</translation>
    </message>
    <message>
        <source>TCP Client</source>
        <translation>TCP 客户端</translation>
    </message>
    <message>
        <source>TCP client</source>
        <translation>TCP 客户端</translation>
    </message>
    <message>
        <source>Connect to any server by name or address, send text, hex or files, and follow the connection through its whole life: looking up, connecting, connected, closing, closed.</source>
        <translation>按主机名或地址连接任意服务器，发送文本、十六进制或文件，并跟踪连接的整个生命周期：解析、连接中、已连接、关闭中、已关闭。</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>UDP peer</source>
        <translation>UDP 收发</translation>
    </message>
    <message>
        <source>Bind a port, keep an address book of peers, send and receive datagrams (empty ones too), broadcast and join multicast groups.</source>
        <translation>绑定端口，维护对端地址簿，收发数据报（包括空数据报），广播以及加入组播组。</translation>
    </message>
    <message>
        <source>Remote Command</source>
        <translation>远程命令</translation>
    </message>
    <message>
        <source>Remote command</source>
        <translation>远程命令</translation>
    </message>
    <message>
        <source>Run commands on another machine through an authenticated agent and watch their output stream back, framed and safe.</source>
        <translation>通过经过认证的代理在另一台机器上执行命令，实时查看回传的输出，分帧传输，安全可靠。</translation>
    </message>
    <message>
        <source>Packet Visualizer</source>
        <translation>数据包可视化</translation>
    </message>
    <message>
        <source>Packet visualizer</source>
        <translation>数据包可视化</translation>
    </message>
    <message>
        <source>See how TCP coalesces small sends and splits large ones (sticky packets), and how framing restores every message boundary.</source>
        <translation>直观看到 TCP 如何合并小的发送、拆分大的发送（粘包/拆包），以及分帧如何恢复每条消息的边界。</translation>
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
</TS>
