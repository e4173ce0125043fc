import NIOCore
import NIOHTTP1
import NIOPosix

/// A complete HTTP response: only returned once its last byte has arrived.
struct HTTPReply: Sendable {
    let status: Int
    let headers: HTTPHeaders
    let body: ByteBuffer
}

/// Why a request got no response.
enum ClientError: Error, Sendable {
    /// The TCP connection could not be opened (e.g. refused while the server is down).
    case connect(String)
    /// The connection closed (or failed) before the full response arrived.
    case closed
    /// No full response within the request timeout; the connection is closed.
    case timeout

    /// The error's kind, as counted in the report.
    var kind: String {
        switch self {
        case .connect(let reason):
            reason.localizedCaseInsensitiveContains("refused") ? "connection refused" : "connect failed"
        case .closed: "connection closed"
        case .timeout: "timeout"
        }
    }
}

/// One request handed to the pipeline with the promise its response completes.
struct RequestJob: Sendable {
    let head: HTTPRequestHead
    let body: ByteBuffer?
    let promise: EventLoopPromise<HTTPReply>
    let timeout: TimeAmount
}

/// Writes a request and completes its promise with the full response. A connection carries one request
/// at a time (a simulated participant waits for each reply), so at most one promise is pending.
final class ClientHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundIn = RequestJob
    typealias OutboundOut = HTTPClientRequestPart

    private var pending: EventLoopPromise<HTTPReply>?
    private var timer: Scheduled<Void>?
    private var head: HTTPResponseHead?
    private var body: ByteBuffer?

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let job = unwrapOutboundIn(data)
        if let earlier = pending { earlier.fail(ClientError.closed) }
        pending = job.promise
        head = nil
        body = nil
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        timer = context.eventLoop.scheduleTask(in: job.timeout) {
            let (handler, context) = bound.value
            handler.fail(ClientError.timeout)
            context.close(promise: nil)
        }
        context.write(wrapOutboundOut(.head(job.head)), promise: nil)
        if let body = job.body { context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil) }
        context.write(wrapOutboundOut(.end(nil)), promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let received):
            head = received
        case .body(var part):
            if body == nil { body = part } else { body!.writeBuffer(&part) }
        case .end:
            guard let head, let promise = pending else { return }
            timer?.cancel()
            timer = nil
            pending = nil
            promise.succeed(HTTPReply(status: Int(head.status.code), headers: head.headers,
                                      body: body ?? context.channel.allocator.buffer(capacity: 0)))
            self.head = nil
            body = nil
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(ClientError.closed)
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        fail(ClientError.closed)
        context.fireChannelInactive()
    }

    private func fail(_ error: ClientError) {
        timer?.cancel()
        timer = nil
        if let promise = pending {
            pending = nil
            promise.fail(error)
        }
    }
}

/// A keep-alive HTTP/1.1 connection to one server.
struct Connection: Sendable {
    let channel: any Channel
    let hostHeader: String

    static func open(host: String, port: Int, group: any EventLoopGroup, timeout: TimeAmount) async throws(ClientError) -> Connection {
        do {
            let channel = try await ClientBootstrap(group: group)
                .channelOption(ChannelOptions.tcpOption(.tcp_nodelay), value: 1)
                .connectTimeout(timeout)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture(withResultOf: {
                        try channel.pipeline.syncOperations.addHTTPClientHandlers()
                        try channel.pipeline.syncOperations.addHandler(ClientHandler())
                    })
                }
                .connect(host: host, port: port).get()
            return Connection(channel: channel, hostHeader: "\(host):\(port)")
        } catch {
            throw .connect(String(describing: error))
        }
    }

    var isActive: Bool { channel.isActive }

    func close() { channel.close(promise: nil) }

    /// Sends one request and waits for its full response (or the error that prevented it).
    func send(_ method: HTTPMethod, _ path: String, headers extra: [(String, String)], body: ByteBuffer?,
              timeout: TimeAmount) async throws(ClientError) -> HTTPReply {
        var headers = HTTPHeaders()
        headers.add(name: "Host", value: hostHeader)
        headers.add(name: "Content-Length", value: String(body?.readableBytes ?? 0))
        for (name, value) in extra { headers.add(name: name, value: value) }
        let head = HTTPRequestHead(version: .http1_1, method: method, uri: path, headers: headers)
        let promise = channel.eventLoop.makePromise(of: HTTPReply.self)
        channel.writeAndFlush(RequestJob(head: head, body: body, promise: promise, timeout: timeout))
            .whenFailure { _ in promise.fail(ClientError.closed) }
        do { return try await promise.futureResult.get() } catch let error as ClientError { throw error } catch { throw .closed }
    }
}
