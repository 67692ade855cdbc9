/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const hearth = $root.hearth = (() => {

    /**
     * Namespace hearth.
     * @exports hearth
     * @namespace
     */
    const hearth = {};

    hearth.client = (function() {

        /**
         * Namespace client.
         * @memberof hearth
         * @namespace
         */
        const client = {};

        client.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof hearth.client
             * @namespace
             */
            const v1 = {};

            v1.Hello = (function() {

                /**
                 * Properties of a Hello.
                 * @memberof hearth.client.v1
                 * @interface IHello
                 * @property {number|null} [protocolVersion] Hello protocolVersion
                 * @property {string|null} [client] Hello client
                 */

                /**
                 * Constructs a new Hello.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a Hello.
                 * @implements IHello
                 * @constructor
                 * @param {hearth.client.v1.IHello=} [properties] Properties to set
                 */
                function Hello(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Hello protocolVersion.
                 * @member {number} protocolVersion
                 * @memberof hearth.client.v1.Hello
                 * @instance
                 */
                Hello.prototype.protocolVersion = 0;

                /**
                 * Hello client.
                 * @member {string} client
                 * @memberof hearth.client.v1.Hello
                 * @instance
                 */
                Hello.prototype.client = "";

                /**
                 * Creates a new Hello instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Hello
                 * @static
                 * @param {hearth.client.v1.IHello=} [properties] Properties to set
                 * @returns {hearth.client.v1.Hello} Hello instance
                 */
                Hello.create = function create(properties) {
                    return new Hello(properties);
                };

                /**
                 * Encodes the specified Hello message. Does not implicitly {@link hearth.client.v1.Hello.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Hello
                 * @static
                 * @param {hearth.client.v1.IHello} message Hello message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Hello.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                    if (message.client != null && Object.hasOwnProperty.call(message, "client"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.client);
                    return writer;
                };

                /**
                 * Encodes the specified Hello message, length delimited. Does not implicitly {@link hearth.client.v1.Hello.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Hello
                 * @static
                 * @param {hearth.client.v1.IHello} message Hello message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Hello.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a Hello message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Hello
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Hello} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Hello.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Hello();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.protocolVersion = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.client = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a Hello message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Hello
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Hello} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Hello.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a Hello message.
                 * @function verify
                 * @memberof hearth.client.v1.Hello
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Hello.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                        if (!$util.isInteger(message.protocolVersion))
                            return "protocolVersion: integer expected";
                    if (message.client != null && Object.hasOwnProperty.call(message, "client"))
                        if (!$util.isString(message.client))
                            return "client: string expected";
                    return null;
                };

                /**
                 * Creates a Hello message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Hello
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Hello} Hello
                 */
                Hello.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Hello)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.Hello: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.Hello();
                    if (object.protocolVersion != null)
                        message.protocolVersion = object.protocolVersion >>> 0;
                    if (object.client != null)
                        message.client = String(object.client);
                    return message;
                };

                /**
                 * Creates a plain object from a Hello message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Hello
                 * @static
                 * @param {hearth.client.v1.Hello} message Hello
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Hello.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.protocolVersion = 0;
                        object.client = "";
                    }
                    if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                        object.protocolVersion = message.protocolVersion;
                    if (message.client != null && Object.hasOwnProperty.call(message, "client"))
                        object.client = message.client;
                    return object;
                };

                /**
                 * Converts this Hello to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Hello
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Hello.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Hello
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Hello
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Hello.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Hello";
                };

                return Hello;
            })();

            v1.Login = (function() {

                /**
                 * Properties of a Login.
                 * @memberof hearth.client.v1
                 * @interface ILogin
                 * @property {string|null} [user] Login user
                 * @property {string|null} [password] Login password
                 * @property {Uint8Array|null} [resumeToken] Login resumeToken
                 * @property {number|Long|null} [lastSeq] Login lastSeq
                 */

                /**
                 * Constructs a new Login.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a Login.
                 * @implements ILogin
                 * @constructor
                 * @param {hearth.client.v1.ILogin=} [properties] Properties to set
                 */
                function Login(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Login user.
                 * @member {string} user
                 * @memberof hearth.client.v1.Login
                 * @instance
                 */
                Login.prototype.user = "";

                /**
                 * Login password.
                 * @member {string} password
                 * @memberof hearth.client.v1.Login
                 * @instance
                 */
                Login.prototype.password = "";

                /**
                 * Login resumeToken.
                 * @member {Uint8Array} resumeToken
                 * @memberof hearth.client.v1.Login
                 * @instance
                 */
                Login.prototype.resumeToken = $util.newBuffer([]);

                /**
                 * Login lastSeq.
                 * @member {number|Long} lastSeq
                 * @memberof hearth.client.v1.Login
                 * @instance
                 */
                Login.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Login instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Login
                 * @static
                 * @param {hearth.client.v1.ILogin=} [properties] Properties to set
                 * @returns {hearth.client.v1.Login} Login instance
                 */
                Login.create = function create(properties) {
                    return new Login(properties);
                };

                /**
                 * Encodes the specified Login message. Does not implicitly {@link hearth.client.v1.Login.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Login
                 * @static
                 * @param {hearth.client.v1.ILogin} message Login message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Login.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.user);
                    if (message.password != null && Object.hasOwnProperty.call(message, "password"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.password);
                    if (message.resumeToken != null && Object.hasOwnProperty.call(message, "resumeToken"))
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.resumeToken);
                    if (message.lastSeq != null && Object.hasOwnProperty.call(message, "lastSeq"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.lastSeq);
                    return writer;
                };

                /**
                 * Encodes the specified Login message, length delimited. Does not implicitly {@link hearth.client.v1.Login.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Login
                 * @static
                 * @param {hearth.client.v1.ILogin} message Login message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Login.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a Login message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Login
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Login} Login
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Login.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Login();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.user = reader.string();
                                break;
                            }
                        case 2: {
                                message.password = reader.string();
                                break;
                            }
                        case 3: {
                                message.resumeToken = reader.bytes();
                                break;
                            }
                        case 4: {
                                message.lastSeq = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a Login message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Login
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Login} Login
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Login.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a Login message.
                 * @function verify
                 * @memberof hearth.client.v1.Login
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Login.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                        if (!$util.isString(message.user))
                            return "user: string expected";
                    if (message.password != null && Object.hasOwnProperty.call(message, "password"))
                        if (!$util.isString(message.password))
                            return "password: string expected";
                    if (message.resumeToken != null && Object.hasOwnProperty.call(message, "resumeToken"))
                        if (!(message.resumeToken && typeof message.resumeToken.length === "number" || $util.isString(message.resumeToken)))
                            return "resumeToken: buffer expected";
                    if (message.lastSeq != null && Object.hasOwnProperty.call(message, "lastSeq"))
                        if (!$util.isInteger(message.lastSeq) && !(message.lastSeq && $util.isInteger(message.lastSeq.low) && $util.isInteger(message.lastSeq.high)))
                            return "lastSeq: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Login message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Login
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Login} Login
                 */
                Login.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Login)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.Login: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.Login();
                    if (object.user != null)
                        message.user = String(object.user);
                    if (object.password != null)
                        message.password = String(object.password);
                    if (object.resumeToken != null)
                        if (typeof object.resumeToken === "string")
                            $util.base64.decode(object.resumeToken, message.resumeToken = $util.newBuffer($util.base64.length(object.resumeToken)), 0);
                        else if (object.resumeToken.length >= 0)
                            message.resumeToken = object.resumeToken;
                    if (object.lastSeq != null)
                        if ($util.Long)
                            message.lastSeq = $util.Long.fromValue(object.lastSeq, true);
                        else if (typeof object.lastSeq === "string")
                            message.lastSeq = parseInt(object.lastSeq, 10);
                        else if (typeof object.lastSeq === "number")
                            message.lastSeq = object.lastSeq;
                        else if (typeof object.lastSeq === "object")
                            message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Login message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Login
                 * @static
                 * @param {hearth.client.v1.Login} message Login
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Login.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.user = "";
                        object.password = "";
                        if (options.bytes === String)
                            object.resumeToken = "";
                        else {
                            object.resumeToken = [];
                            if (options.bytes !== Array)
                                object.resumeToken = $util.newBuffer(object.resumeToken);
                        }
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lastSeq = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.lastSeq = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                        object.user = message.user;
                    if (message.password != null && Object.hasOwnProperty.call(message, "password"))
                        object.password = message.password;
                    if (message.resumeToken != null && Object.hasOwnProperty.call(message, "resumeToken"))
                        object.resumeToken = options.bytes === String ? $util.base64.encode(message.resumeToken, 0, message.resumeToken.length) : options.bytes === Array ? Array.prototype.slice.call(message.resumeToken) : message.resumeToken;
                    if (message.lastSeq != null && Object.hasOwnProperty.call(message, "lastSeq"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.lastSeq = typeof message.lastSeq === "number" ? BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                        else if (typeof message.lastSeq === "number")
                            object.lastSeq = options.longs === String ? String(message.lastSeq) : message.lastSeq;
                        else
                            object.lastSeq = options.longs === String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                    return object;
                };

                /**
                 * Converts this Login to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Login
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Login.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Login
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Login
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Login.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Login";
                };

                return Login;
            })();

            v1.Request = (function() {

                /**
                 * Properties of a Request.
                 * @memberof hearth.client.v1
                 * @interface IRequest
                 * @property {number|Long|null} [id] Request id
                 * @property {hearth.client.v1.IEcho|null} [echo] Request echo
                 * @property {hearth.client.v1.IMove|null} [move] Request move
                 * @property {hearth.client.v1.IWhisper|null} [whisper] Request whisper
                 * @property {hearth.client.v1.IHeavy|null} [heavy] Request heavy
                 * @property {hearth.client.v1.IJoinGroup|null} [joinGroup] Request joinGroup
                 * @property {hearth.client.v1.IGroupSay|null} [groupSay] Request groupSay
                 * @property {hearth.client.v1.ITradeOffer|null} [tradeOffer] Request tradeOffer
                 * @property {hearth.client.v1.ITradeAnswer|null} [tradeAnswer] Request tradeAnswer
                 * @property {hearth.client.v1.IBattleJoin|null} [battleJoin] Request battleJoin
                 * @property {hearth.client.v1.IBattleAction|null} [battleAction] Request battleAction
                 * @property {hearth.client.v1.IBattleLeave|null} [battleLeave] Request battleLeave
                 * @property {hearth.client.v1.IInventory|null} [inventory] Request inventory
                 * @property {hearth.client.v1.IUseItem|null} [useItem] Request useItem
                 * @property {hearth.client.v1.IGuildInfo|null} [guildInfo] Request guildInfo
                 * @property {hearth.client.v1.ISetGuildRank|null} [setGuildRank] Request setGuildRank
                 * @property {hearth.client.v1.IGuildBank|null} [guildBank] Request guildBank
                 * @property {hearth.client.v1.ILeaveGroup|null} [leaveGroup] Request leaveGroup
                 */

                /**
                 * Constructs a new Request.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a Request.
                 * @implements IRequest
                 * @constructor
                 * @param {hearth.client.v1.IRequest=} [properties] Properties to set
                 */
                function Request(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Request id.
                 * @member {number|Long} id
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Request.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Request echo.
                 * @member {hearth.client.v1.IEcho|null|undefined} echo
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Request.prototype.echo = null;

                /**
                 * Request move.
                 * @member {hearth.client.v1.IMove|null|undefined} move
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Request.prototype.move = null;

                /**
                 * Request whisper.
                 * @member {hearth.client.v1.IWhisper|null|undefined} whisper
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Request.prototype.whisper = null;

                /**
                 * Request heavy.
                 * @member {hearth.client.v1.IHeavy|null|undefined} heavy
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Request.prototype.heavy = null;

                /**
                 * Request joinGroup.
                 * @member {hearth.client.v1.IJoinGroup|null|undefined} joinGroup
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Request.prototype.joinGroup = null;

                /**
                 * Request groupSay.
                 * @member {hearth.client.v1.IGroupSay|null|undefined} groupSay
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Request.prototype.groupSay = null;

                /**
                 * Request tradeOffer.
                 * @member {hearth.client.v1.ITradeOffer|null|undefined} tradeOffer
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Request.prototype.tradeOffer = null;

                /**
                 * Request tradeAnswer.
                 * @member {hearth.client.v1.ITradeAnswer|null|undefined} tradeAnswer
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Request.prototype.tradeAnswer = null;

                /**
                 * Request battleJoin.
                 * @member {hearth.client.v1.IBattleJoin|null|undefined} battleJoin
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Request.prototype.battleJoin = null;

                /**
                 * Request battleAction.
                 * @member {hearth.client.v1.IBattleAction|null|undefined} battleAction
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Request.prototype.battleAction = null;

                /**
                 * Request battleLeave.
                 * @member {hearth.client.v1.IBattleLeave|null|undefined} battleLeave
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Request.prototype.battleLeave = null;

                /**
                 * Request inventory.
                 * @member {hearth.client.v1.IInventory|null|undefined} inventory
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Request.prototype.inventory = null;

                /**
                 * Request useItem.
                 * @member {hearth.client.v1.IUseItem|null|undefined} useItem
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Request.prototype.useItem = null;

                /**
                 * Request guildInfo.
                 * @member {hearth.client.v1.IGuildInfo|null|undefined} guildInfo
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Request.prototype.guildInfo = null;

                /**
                 * Request setGuildRank.
                 * @member {hearth.client.v1.ISetGuildRank|null|undefined} setGuildRank
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Request.prototype.setGuildRank = null;

                /**
                 * Request guildBank.
                 * @member {hearth.client.v1.IGuildBank|null|undefined} guildBank
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Request.prototype.guildBank = null;

                /**
                 * Request leaveGroup.
                 * @member {hearth.client.v1.ILeaveGroup|null|undefined} leaveGroup
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Request.prototype.leaveGroup = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Request body.
                 * @member {"echo"|"move"|"whisper"|"heavy"|"joinGroup"|"groupSay"|"tradeOffer"|"tradeAnswer"|"battleJoin"|"battleAction"|"battleLeave"|"inventory"|"useItem"|"guildInfo"|"setGuildRank"|"guildBank"|"leaveGroup"|undefined} body
                 * @memberof hearth.client.v1.Request
                 * @instance
                 */
                Object.defineProperty(Request.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["echo", "move", "whisper", "heavy", "joinGroup", "groupSay", "tradeOffer", "tradeAnswer", "battleJoin", "battleAction", "battleLeave", "inventory", "useItem", "guildInfo", "setGuildRank", "guildBank", "leaveGroup"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Request instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Request
                 * @static
                 * @param {hearth.client.v1.IRequest=} [properties] Properties to set
                 * @returns {hearth.client.v1.Request} Request instance
                 */
                Request.create = function create(properties) {
                    return new Request(properties);
                };

                /**
                 * Encodes the specified Request message. Does not implicitly {@link hearth.client.v1.Request.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Request
                 * @static
                 * @param {hearth.client.v1.IRequest} message Request message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Request.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.echo != null && Object.hasOwnProperty.call(message, "echo"))
                        $root.hearth.client.v1.Echo.encode(message.echo, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.move != null && Object.hasOwnProperty.call(message, "move"))
                        $root.hearth.client.v1.Move.encode(message.move, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.whisper != null && Object.hasOwnProperty.call(message, "whisper"))
                        $root.hearth.client.v1.Whisper.encode(message.whisper, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (message.heavy != null && Object.hasOwnProperty.call(message, "heavy"))
                        $root.hearth.client.v1.Heavy.encode(message.heavy, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    if (message.joinGroup != null && Object.hasOwnProperty.call(message, "joinGroup"))
                        $root.hearth.client.v1.JoinGroup.encode(message.joinGroup, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                    if (message.groupSay != null && Object.hasOwnProperty.call(message, "groupSay"))
                        $root.hearth.client.v1.GroupSay.encode(message.groupSay, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                    if (message.tradeOffer != null && Object.hasOwnProperty.call(message, "tradeOffer"))
                        $root.hearth.client.v1.TradeOffer.encode(message.tradeOffer, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                    if (message.tradeAnswer != null && Object.hasOwnProperty.call(message, "tradeAnswer"))
                        $root.hearth.client.v1.TradeAnswer.encode(message.tradeAnswer, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                    if (message.battleJoin != null && Object.hasOwnProperty.call(message, "battleJoin"))
                        $root.hearth.client.v1.BattleJoin.encode(message.battleJoin, writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                    if (message.battleAction != null && Object.hasOwnProperty.call(message, "battleAction"))
                        $root.hearth.client.v1.BattleAction.encode(message.battleAction, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                    if (message.battleLeave != null && Object.hasOwnProperty.call(message, "battleLeave"))
                        $root.hearth.client.v1.BattleLeave.encode(message.battleLeave, writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                    if (message.inventory != null && Object.hasOwnProperty.call(message, "inventory"))
                        $root.hearth.client.v1.Inventory.encode(message.inventory, writer.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                    if (message.useItem != null && Object.hasOwnProperty.call(message, "useItem"))
                        $root.hearth.client.v1.UseItem.encode(message.useItem, writer.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                    if (message.guildInfo != null && Object.hasOwnProperty.call(message, "guildInfo"))
                        $root.hearth.client.v1.GuildInfo.encode(message.guildInfo, writer.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
                    if (message.setGuildRank != null && Object.hasOwnProperty.call(message, "setGuildRank"))
                        $root.hearth.client.v1.SetGuildRank.encode(message.setGuildRank, writer.uint32(/* id 24, wireType 2 =*/194).fork(), q + 1).ldelim();
                    if (message.guildBank != null && Object.hasOwnProperty.call(message, "guildBank"))
                        $root.hearth.client.v1.GuildBank.encode(message.guildBank, writer.uint32(/* id 25, wireType 2 =*/202).fork(), q + 1).ldelim();
                    if (message.leaveGroup != null && Object.hasOwnProperty.call(message, "leaveGroup"))
                        $root.hearth.client.v1.LeaveGroup.encode(message.leaveGroup, writer.uint32(/* id 26, wireType 2 =*/210).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Encodes the specified Request message, length delimited. Does not implicitly {@link hearth.client.v1.Request.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Request
                 * @static
                 * @param {hearth.client.v1.IRequest} message Request message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Request.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a Request message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Request
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Request} Request
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Request.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Request();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.echo = $root.hearth.client.v1.Echo.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 3: {
                                message.move = $root.hearth.client.v1.Move.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 5: {
                                message.whisper = $root.hearth.client.v1.Whisper.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 6: {
                                message.heavy = $root.hearth.client.v1.Heavy.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 7: {
                                message.joinGroup = $root.hearth.client.v1.JoinGroup.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 8: {
                                message.groupSay = $root.hearth.client.v1.GroupSay.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 9: {
                                message.tradeOffer = $root.hearth.client.v1.TradeOffer.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 10: {
                                message.tradeAnswer = $root.hearth.client.v1.TradeAnswer.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 11: {
                                message.battleJoin = $root.hearth.client.v1.BattleJoin.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 12: {
                                message.battleAction = $root.hearth.client.v1.BattleAction.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 13: {
                                message.battleLeave = $root.hearth.client.v1.BattleLeave.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 21: {
                                message.inventory = $root.hearth.client.v1.Inventory.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 22: {
                                message.useItem = $root.hearth.client.v1.UseItem.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 23: {
                                message.guildInfo = $root.hearth.client.v1.GuildInfo.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 24: {
                                message.setGuildRank = $root.hearth.client.v1.SetGuildRank.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 25: {
                                message.guildBank = $root.hearth.client.v1.GuildBank.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 26: {
                                message.leaveGroup = $root.hearth.client.v1.LeaveGroup.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a Request message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Request
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Request} Request
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Request.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a Request message.
                 * @function verify
                 * @memberof hearth.client.v1.Request
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Request.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    let properties = {};
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                            return "id: integer|Long expected";
                    if (message.echo != null && Object.hasOwnProperty.call(message, "echo")) {
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.Echo.verify(message.echo, long + 1);
                            if (error)
                                return "echo." + error;
                        }
                    }
                    if (message.move != null && Object.hasOwnProperty.call(message, "move")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.Move.verify(message.move, long + 1);
                            if (error)
                                return "move." + error;
                        }
                    }
                    if (message.whisper != null && Object.hasOwnProperty.call(message, "whisper")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.Whisper.verify(message.whisper, long + 1);
                            if (error)
                                return "whisper." + error;
                        }
                    }
                    if (message.heavy != null && Object.hasOwnProperty.call(message, "heavy")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.Heavy.verify(message.heavy, long + 1);
                            if (error)
                                return "heavy." + error;
                        }
                    }
                    if (message.joinGroup != null && Object.hasOwnProperty.call(message, "joinGroup")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.JoinGroup.verify(message.joinGroup, long + 1);
                            if (error)
                                return "joinGroup." + error;
                        }
                    }
                    if (message.groupSay != null && Object.hasOwnProperty.call(message, "groupSay")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.GroupSay.verify(message.groupSay, long + 1);
                            if (error)
                                return "groupSay." + error;
                        }
                    }
                    if (message.tradeOffer != null && Object.hasOwnProperty.call(message, "tradeOffer")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.TradeOffer.verify(message.tradeOffer, long + 1);
                            if (error)
                                return "tradeOffer." + error;
                        }
                    }
                    if (message.tradeAnswer != null && Object.hasOwnProperty.call(message, "tradeAnswer")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.TradeAnswer.verify(message.tradeAnswer, long + 1);
                            if (error)
                                return "tradeAnswer." + error;
                        }
                    }
                    if (message.battleJoin != null && Object.hasOwnProperty.call(message, "battleJoin")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.BattleJoin.verify(message.battleJoin, long + 1);
                            if (error)
                                return "battleJoin." + error;
                        }
                    }
                    if (message.battleAction != null && Object.hasOwnProperty.call(message, "battleAction")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.BattleAction.verify(message.battleAction, long + 1);
                            if (error)
                                return "battleAction." + error;
                        }
                    }
                    if (message.battleLeave != null && Object.hasOwnProperty.call(message, "battleLeave")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.BattleLeave.verify(message.battleLeave, long + 1);
                            if (error)
                                return "battleLeave." + error;
                        }
                    }
                    if (message.inventory != null && Object.hasOwnProperty.call(message, "inventory")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.Inventory.verify(message.inventory, long + 1);
                            if (error)
                                return "inventory." + error;
                        }
                    }
                    if (message.useItem != null && Object.hasOwnProperty.call(message, "useItem")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.UseItem.verify(message.useItem, long + 1);
                            if (error)
                                return "useItem." + error;
                        }
                    }
                    if (message.guildInfo != null && Object.hasOwnProperty.call(message, "guildInfo")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.GuildInfo.verify(message.guildInfo, long + 1);
                            if (error)
                                return "guildInfo." + error;
                        }
                    }
                    if (message.setGuildRank != null && Object.hasOwnProperty.call(message, "setGuildRank")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.SetGuildRank.verify(message.setGuildRank, long + 1);
                            if (error)
                                return "setGuildRank." + error;
                        }
                    }
                    if (message.guildBank != null && Object.hasOwnProperty.call(message, "guildBank")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.GuildBank.verify(message.guildBank, long + 1);
                            if (error)
                                return "guildBank." + error;
                        }
                    }
                    if (message.leaveGroup != null && Object.hasOwnProperty.call(message, "leaveGroup")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.LeaveGroup.verify(message.leaveGroup, long + 1);
                            if (error)
                                return "leaveGroup." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a Request message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Request
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Request} Request
                 */
                Request.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Request)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.Request: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.Request();
                    if (object.id != null)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    if (object.echo != null) {
                        if (!$util.isObject(object.echo))
                            throw TypeError(".hearth.client.v1.Request.echo: object expected");
                        message.echo = $root.hearth.client.v1.Echo.fromObject(object.echo, long + 1);
                    }
                    if (object.move != null) {
                        if (!$util.isObject(object.move))
                            throw TypeError(".hearth.client.v1.Request.move: object expected");
                        message.move = $root.hearth.client.v1.Move.fromObject(object.move, long + 1);
                    }
                    if (object.whisper != null) {
                        if (!$util.isObject(object.whisper))
                            throw TypeError(".hearth.client.v1.Request.whisper: object expected");
                        message.whisper = $root.hearth.client.v1.Whisper.fromObject(object.whisper, long + 1);
                    }
                    if (object.heavy != null) {
                        if (!$util.isObject(object.heavy))
                            throw TypeError(".hearth.client.v1.Request.heavy: object expected");
                        message.heavy = $root.hearth.client.v1.Heavy.fromObject(object.heavy, long + 1);
                    }
                    if (object.joinGroup != null) {
                        if (!$util.isObject(object.joinGroup))
                            throw TypeError(".hearth.client.v1.Request.joinGroup: object expected");
                        message.joinGroup = $root.hearth.client.v1.JoinGroup.fromObject(object.joinGroup, long + 1);
                    }
                    if (object.groupSay != null) {
                        if (!$util.isObject(object.groupSay))
                            throw TypeError(".hearth.client.v1.Request.groupSay: object expected");
                        message.groupSay = $root.hearth.client.v1.GroupSay.fromObject(object.groupSay, long + 1);
                    }
                    if (object.tradeOffer != null) {
                        if (!$util.isObject(object.tradeOffer))
                            throw TypeError(".hearth.client.v1.Request.tradeOffer: object expected");
                        message.tradeOffer = $root.hearth.client.v1.TradeOffer.fromObject(object.tradeOffer, long + 1);
                    }
                    if (object.tradeAnswer != null) {
                        if (!$util.isObject(object.tradeAnswer))
                            throw TypeError(".hearth.client.v1.Request.tradeAnswer: object expected");
                        message.tradeAnswer = $root.hearth.client.v1.TradeAnswer.fromObject(object.tradeAnswer, long + 1);
                    }
                    if (object.battleJoin != null) {
                        if (!$util.isObject(object.battleJoin))
                            throw TypeError(".hearth.client.v1.Request.battleJoin: object expected");
                        message.battleJoin = $root.hearth.client.v1.BattleJoin.fromObject(object.battleJoin, long + 1);
                    }
                    if (object.battleAction != null) {
                        if (!$util.isObject(object.battleAction))
                            throw TypeError(".hearth.client.v1.Request.battleAction: object expected");
                        message.battleAction = $root.hearth.client.v1.BattleAction.fromObject(object.battleAction, long + 1);
                    }
                    if (object.battleLeave != null) {
                        if (!$util.isObject(object.battleLeave))
                            throw TypeError(".hearth.client.v1.Request.battleLeave: object expected");
                        message.battleLeave = $root.hearth.client.v1.BattleLeave.fromObject(object.battleLeave, long + 1);
                    }
                    if (object.inventory != null) {
                        if (!$util.isObject(object.inventory))
                            throw TypeError(".hearth.client.v1.Request.inventory: object expected");
                        message.inventory = $root.hearth.client.v1.Inventory.fromObject(object.inventory, long + 1);
                    }
                    if (object.useItem != null) {
                        if (!$util.isObject(object.useItem))
                            throw TypeError(".hearth.client.v1.Request.useItem: object expected");
                        message.useItem = $root.hearth.client.v1.UseItem.fromObject(object.useItem, long + 1);
                    }
                    if (object.guildInfo != null) {
                        if (!$util.isObject(object.guildInfo))
                            throw TypeError(".hearth.client.v1.Request.guildInfo: object expected");
                        message.guildInfo = $root.hearth.client.v1.GuildInfo.fromObject(object.guildInfo, long + 1);
                    }
                    if (object.setGuildRank != null) {
                        if (!$util.isObject(object.setGuildRank))
                            throw TypeError(".hearth.client.v1.Request.setGuildRank: object expected");
                        message.setGuildRank = $root.hearth.client.v1.SetGuildRank.fromObject(object.setGuildRank, long + 1);
                    }
                    if (object.guildBank != null) {
                        if (!$util.isObject(object.guildBank))
                            throw TypeError(".hearth.client.v1.Request.guildBank: object expected");
                        message.guildBank = $root.hearth.client.v1.GuildBank.fromObject(object.guildBank, long + 1);
                    }
                    if (object.leaveGroup != null) {
                        if (!$util.isObject(object.leaveGroup))
                            throw TypeError(".hearth.client.v1.Request.leaveGroup: object expected");
                        message.leaveGroup = $root.hearth.client.v1.LeaveGroup.fromObject(object.leaveGroup, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Request message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Request
                 * @static
                 * @param {hearth.client.v1.Request} message Request
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Request.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.id = typeof message.id === "number" ? BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === String ? String(message.id) : message.id;
                        else
                            object.id = options.longs === String ? $util.Long.prototype.toString.call(message.id) : options.longs === Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    if (message.echo != null && Object.hasOwnProperty.call(message, "echo")) {
                        object.echo = $root.hearth.client.v1.Echo.toObject(message.echo, options, q + 1);
                        if (options.oneofs)
                            object.body = "echo";
                    }
                    if (message.move != null && Object.hasOwnProperty.call(message, "move")) {
                        object.move = $root.hearth.client.v1.Move.toObject(message.move, options, q + 1);
                        if (options.oneofs)
                            object.body = "move";
                    }
                    if (message.whisper != null && Object.hasOwnProperty.call(message, "whisper")) {
                        object.whisper = $root.hearth.client.v1.Whisper.toObject(message.whisper, options, q + 1);
                        if (options.oneofs)
                            object.body = "whisper";
                    }
                    if (message.heavy != null && Object.hasOwnProperty.call(message, "heavy")) {
                        object.heavy = $root.hearth.client.v1.Heavy.toObject(message.heavy, options, q + 1);
                        if (options.oneofs)
                            object.body = "heavy";
                    }
                    if (message.joinGroup != null && Object.hasOwnProperty.call(message, "joinGroup")) {
                        object.joinGroup = $root.hearth.client.v1.JoinGroup.toObject(message.joinGroup, options, q + 1);
                        if (options.oneofs)
                            object.body = "joinGroup";
                    }
                    if (message.groupSay != null && Object.hasOwnProperty.call(message, "groupSay")) {
                        object.groupSay = $root.hearth.client.v1.GroupSay.toObject(message.groupSay, options, q + 1);
                        if (options.oneofs)
                            object.body = "groupSay";
                    }
                    if (message.tradeOffer != null && Object.hasOwnProperty.call(message, "tradeOffer")) {
                        object.tradeOffer = $root.hearth.client.v1.TradeOffer.toObject(message.tradeOffer, options, q + 1);
                        if (options.oneofs)
                            object.body = "tradeOffer";
                    }
                    if (message.tradeAnswer != null && Object.hasOwnProperty.call(message, "tradeAnswer")) {
                        object.tradeAnswer = $root.hearth.client.v1.TradeAnswer.toObject(message.tradeAnswer, options, q + 1);
                        if (options.oneofs)
                            object.body = "tradeAnswer";
                    }
                    if (message.battleJoin != null && Object.hasOwnProperty.call(message, "battleJoin")) {
                        object.battleJoin = $root.hearth.client.v1.BattleJoin.toObject(message.battleJoin, options, q + 1);
                        if (options.oneofs)
                            object.body = "battleJoin";
                    }
                    if (message.battleAction != null && Object.hasOwnProperty.call(message, "battleAction")) {
                        object.battleAction = $root.hearth.client.v1.BattleAction.toObject(message.battleAction, options, q + 1);
                        if (options.oneofs)
                            object.body = "battleAction";
                    }
                    if (message.battleLeave != null && Object.hasOwnProperty.call(message, "battleLeave")) {
                        object.battleLeave = $root.hearth.client.v1.BattleLeave.toObject(message.battleLeave, options, q + 1);
                        if (options.oneofs)
                            object.body = "battleLeave";
                    }
                    if (message.inventory != null && Object.hasOwnProperty.call(message, "inventory")) {
                        object.inventory = $root.hearth.client.v1.Inventory.toObject(message.inventory, options, q + 1);
                        if (options.oneofs)
                            object.body = "inventory";
                    }
                    if (message.useItem != null && Object.hasOwnProperty.call(message, "useItem")) {
                        object.useItem = $root.hearth.client.v1.UseItem.toObject(message.useItem, options, q + 1);
                        if (options.oneofs)
                            object.body = "useItem";
                    }
                    if (message.guildInfo != null && Object.hasOwnProperty.call(message, "guildInfo")) {
                        object.guildInfo = $root.hearth.client.v1.GuildInfo.toObject(message.guildInfo, options, q + 1);
                        if (options.oneofs)
                            object.body = "guildInfo";
                    }
                    if (message.setGuildRank != null && Object.hasOwnProperty.call(message, "setGuildRank")) {
                        object.setGuildRank = $root.hearth.client.v1.SetGuildRank.toObject(message.setGuildRank, options, q + 1);
                        if (options.oneofs)
                            object.body = "setGuildRank";
                    }
                    if (message.guildBank != null && Object.hasOwnProperty.call(message, "guildBank")) {
                        object.guildBank = $root.hearth.client.v1.GuildBank.toObject(message.guildBank, options, q + 1);
                        if (options.oneofs)
                            object.body = "guildBank";
                    }
                    if (message.leaveGroup != null && Object.hasOwnProperty.call(message, "leaveGroup")) {
                        object.leaveGroup = $root.hearth.client.v1.LeaveGroup.toObject(message.leaveGroup, options, q + 1);
                        if (options.oneofs)
                            object.body = "leaveGroup";
                    }
                    return object;
                };

                /**
                 * Converts this Request to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Request
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Request.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Request
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Request
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Request";
                };

                return Request;
            })();

            v1.Logout = (function() {

                /**
                 * Properties of a Logout.
                 * @memberof hearth.client.v1
                 * @interface ILogout
                 */

                /**
                 * Constructs a new Logout.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a Logout.
                 * @implements ILogout
                 * @constructor
                 * @param {hearth.client.v1.ILogout=} [properties] Properties to set
                 */
                function Logout(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new Logout instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Logout
                 * @static
                 * @param {hearth.client.v1.ILogout=} [properties] Properties to set
                 * @returns {hearth.client.v1.Logout} Logout instance
                 */
                Logout.create = function create(properties) {
                    return new Logout(properties);
                };

                /**
                 * Encodes the specified Logout message. Does not implicitly {@link hearth.client.v1.Logout.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Logout
                 * @static
                 * @param {hearth.client.v1.ILogout} message Logout message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Logout.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Encodes the specified Logout message, length delimited. Does not implicitly {@link hearth.client.v1.Logout.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Logout
                 * @static
                 * @param {hearth.client.v1.ILogout} message Logout message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Logout.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a Logout message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Logout
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Logout} Logout
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Logout.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Logout();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a Logout message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Logout
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Logout} Logout
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Logout.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a Logout message.
                 * @function verify
                 * @memberof hearth.client.v1.Logout
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Logout.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    return null;
                };

                /**
                 * Creates a Logout message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Logout
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Logout} Logout
                 */
                Logout.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Logout)
                        return object;
                    return new $root.hearth.client.v1.Logout();
                };

                /**
                 * Creates a plain object from a Logout message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Logout
                 * @static
                 * @param {hearth.client.v1.Logout} message Logout
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Logout.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this Logout to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Logout
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Logout.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Logout
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Logout
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Logout.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Logout";
                };

                return Logout;
            })();

            v1.Ping = (function() {

                /**
                 * Properties of a Ping.
                 * @memberof hearth.client.v1
                 * @interface IPing
                 * @property {number|Long|null} [nonce] Ping nonce
                 */

                /**
                 * Constructs a new Ping.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a Ping.
                 * @implements IPing
                 * @constructor
                 * @param {hearth.client.v1.IPing=} [properties] Properties to set
                 */
                function Ping(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Ping nonce.
                 * @member {number|Long} nonce
                 * @memberof hearth.client.v1.Ping
                 * @instance
                 */
                Ping.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Ping instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Ping
                 * @static
                 * @param {hearth.client.v1.IPing=} [properties] Properties to set
                 * @returns {hearth.client.v1.Ping} Ping instance
                 */
                Ping.create = function create(properties) {
                    return new Ping(properties);
                };

                /**
                 * Encodes the specified Ping message. Does not implicitly {@link hearth.client.v1.Ping.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Ping
                 * @static
                 * @param {hearth.client.v1.IPing} message Ping message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Ping.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nonce);
                    return writer;
                };

                /**
                 * Encodes the specified Ping message, length delimited. Does not implicitly {@link hearth.client.v1.Ping.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Ping
                 * @static
                 * @param {hearth.client.v1.IPing} message Ping message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Ping.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a Ping message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Ping
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Ping} Ping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Ping.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Ping();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.nonce = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a Ping message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Ping
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Ping} Ping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Ping.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a Ping message.
                 * @function verify
                 * @memberof hearth.client.v1.Ping
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Ping.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                        if (!$util.isInteger(message.nonce) && !(message.nonce && $util.isInteger(message.nonce.low) && $util.isInteger(message.nonce.high)))
                            return "nonce: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Ping message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Ping
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Ping} Ping
                 */
                Ping.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Ping)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.Ping: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.Ping();
                    if (object.nonce != null)
                        if ($util.Long)
                            message.nonce = $util.Long.fromValue(object.nonce, true);
                        else if (typeof object.nonce === "string")
                            message.nonce = parseInt(object.nonce, 10);
                        else if (typeof object.nonce === "number")
                            message.nonce = object.nonce;
                        else if (typeof object.nonce === "object")
                            message.nonce = new $util.LongBits(object.nonce.low >>> 0, object.nonce.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Ping message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Ping
                 * @static
                 * @param {hearth.client.v1.Ping} message Ping
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Ping.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.nonce = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.nonce = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.nonce = typeof message.nonce === "number" ? BigInt(message.nonce) : $util.Long.fromBits(message.nonce.low >>> 0, message.nonce.high >>> 0, true).toBigInt();
                        else if (typeof message.nonce === "number")
                            object.nonce = options.longs === String ? String(message.nonce) : message.nonce;
                        else
                            object.nonce = options.longs === String ? $util.Long.prototype.toString.call(message.nonce) : options.longs === Number ? new $util.LongBits(message.nonce.low >>> 0, message.nonce.high >>> 0).toNumber(true) : message.nonce;
                    return object;
                };

                /**
                 * Converts this Ping to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Ping
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Ping.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Ping
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Ping
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Ping.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Ping";
                };

                return Ping;
            })();

            v1.Echo = (function() {

                /**
                 * Properties of an Echo.
                 * @memberof hearth.client.v1
                 * @interface IEcho
                 * @property {Uint8Array|null} [payload] Echo payload
                 */

                /**
                 * Constructs a new Echo.
                 * @memberof hearth.client.v1
                 * @classdesc Represents an Echo.
                 * @implements IEcho
                 * @constructor
                 * @param {hearth.client.v1.IEcho=} [properties] Properties to set
                 */
                function Echo(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Echo payload.
                 * @member {Uint8Array} payload
                 * @memberof hearth.client.v1.Echo
                 * @instance
                 */
                Echo.prototype.payload = $util.newBuffer([]);

                /**
                 * Creates a new Echo instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Echo
                 * @static
                 * @param {hearth.client.v1.IEcho=} [properties] Properties to set
                 * @returns {hearth.client.v1.Echo} Echo instance
                 */
                Echo.create = function create(properties) {
                    return new Echo(properties);
                };

                /**
                 * Encodes the specified Echo message. Does not implicitly {@link hearth.client.v1.Echo.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Echo
                 * @static
                 * @param {hearth.client.v1.IEcho} message Echo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Echo.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
                    return writer;
                };

                /**
                 * Encodes the specified Echo message, length delimited. Does not implicitly {@link hearth.client.v1.Echo.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Echo
                 * @static
                 * @param {hearth.client.v1.IEcho} message Echo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Echo.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes an Echo message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Echo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Echo} Echo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Echo.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Echo();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.payload = reader.bytes();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes an Echo message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Echo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Echo} Echo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Echo.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies an Echo message.
                 * @function verify
                 * @memberof hearth.client.v1.Echo
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Echo.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                        if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                            return "payload: buffer expected";
                    return null;
                };

                /**
                 * Creates an Echo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Echo
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Echo} Echo
                 */
                Echo.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Echo)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.Echo: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.Echo();
                    if (object.payload != null)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                    return message;
                };

                /**
                 * Creates a plain object from an Echo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Echo
                 * @static
                 * @param {hearth.client.v1.Echo} message Echo
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Echo.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if (options.bytes === String)
                            object.payload = "";
                        else {
                            object.payload = [];
                            if (options.bytes !== Array)
                                object.payload = $util.newBuffer(object.payload);
                        }
                    if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                        object.payload = options.bytes === String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === Array ? Array.prototype.slice.call(message.payload) : message.payload;
                    return object;
                };

                /**
                 * Converts this Echo to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Echo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Echo.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Echo
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Echo
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Echo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Echo";
                };

                return Echo;
            })();

            v1.Move = (function() {

                /**
                 * Properties of a Move.
                 * @memberof hearth.client.v1
                 * @interface IMove
                 * @property {number|null} [x] Move x
                 * @property {number|null} [y] Move y
                 */

                /**
                 * Constructs a new Move.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a Move.
                 * @implements IMove
                 * @constructor
                 * @param {hearth.client.v1.IMove=} [properties] Properties to set
                 */
                function Move(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Move x.
                 * @member {number} x
                 * @memberof hearth.client.v1.Move
                 * @instance
                 */
                Move.prototype.x = 0;

                /**
                 * Move y.
                 * @member {number} y
                 * @memberof hearth.client.v1.Move
                 * @instance
                 */
                Move.prototype.y = 0;

                /**
                 * Creates a new Move instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Move
                 * @static
                 * @param {hearth.client.v1.IMove=} [properties] Properties to set
                 * @returns {hearth.client.v1.Move} Move instance
                 */
                Move.create = function create(properties) {
                    return new Move(properties);
                };

                /**
                 * Encodes the specified Move message. Does not implicitly {@link hearth.client.v1.Move.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Move
                 * @static
                 * @param {hearth.client.v1.IMove} message Move message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Move.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.x != null && Object.hasOwnProperty.call(message, "x"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.x);
                    if (message.y != null && Object.hasOwnProperty.call(message, "y"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.y);
                    return writer;
                };

                /**
                 * Encodes the specified Move message, length delimited. Does not implicitly {@link hearth.client.v1.Move.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Move
                 * @static
                 * @param {hearth.client.v1.IMove} message Move message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Move.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a Move message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Move
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Move} Move
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Move.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Move();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.x = reader.int32();
                                break;
                            }
                        case 2: {
                                message.y = reader.int32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a Move message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Move
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Move} Move
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Move.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a Move message.
                 * @function verify
                 * @memberof hearth.client.v1.Move
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Move.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.x != null && Object.hasOwnProperty.call(message, "x"))
                        if (!$util.isInteger(message.x))
                            return "x: integer expected";
                    if (message.y != null && Object.hasOwnProperty.call(message, "y"))
                        if (!$util.isInteger(message.y))
                            return "y: integer expected";
                    return null;
                };

                /**
                 * Creates a Move message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Move
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Move} Move
                 */
                Move.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Move)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.Move: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.Move();
                    if (object.x != null)
                        message.x = object.x | 0;
                    if (object.y != null)
                        message.y = object.y | 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Move message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Move
                 * @static
                 * @param {hearth.client.v1.Move} message Move
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Move.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.x = 0;
                        object.y = 0;
                    }
                    if (message.x != null && Object.hasOwnProperty.call(message, "x"))
                        object.x = message.x;
                    if (message.y != null && Object.hasOwnProperty.call(message, "y"))
                        object.y = message.y;
                    return object;
                };

                /**
                 * Converts this Move to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Move
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Move.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Move
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Move
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Move.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Move";
                };

                return Move;
            })();

            v1.Whisper = (function() {

                /**
                 * Properties of a Whisper.
                 * @memberof hearth.client.v1
                 * @interface IWhisper
                 * @property {number|Long|null} [toPlayer] Whisper toPlayer
                 * @property {string|null} [text] Whisper text
                 */

                /**
                 * Constructs a new Whisper.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a Whisper.
                 * @implements IWhisper
                 * @constructor
                 * @param {hearth.client.v1.IWhisper=} [properties] Properties to set
                 */
                function Whisper(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Whisper toPlayer.
                 * @member {number|Long} toPlayer
                 * @memberof hearth.client.v1.Whisper
                 * @instance
                 */
                Whisper.prototype.toPlayer = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Whisper text.
                 * @member {string} text
                 * @memberof hearth.client.v1.Whisper
                 * @instance
                 */
                Whisper.prototype.text = "";

                /**
                 * Creates a new Whisper instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Whisper
                 * @static
                 * @param {hearth.client.v1.IWhisper=} [properties] Properties to set
                 * @returns {hearth.client.v1.Whisper} Whisper instance
                 */
                Whisper.create = function create(properties) {
                    return new Whisper(properties);
                };

                /**
                 * Encodes the specified Whisper message. Does not implicitly {@link hearth.client.v1.Whisper.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Whisper
                 * @static
                 * @param {hearth.client.v1.IWhisper} message Whisper message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Whisper.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.toPlayer != null && Object.hasOwnProperty.call(message, "toPlayer"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.toPlayer);
                    if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                    return writer;
                };

                /**
                 * Encodes the specified Whisper message, length delimited. Does not implicitly {@link hearth.client.v1.Whisper.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Whisper
                 * @static
                 * @param {hearth.client.v1.IWhisper} message Whisper message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Whisper.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a Whisper message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Whisper
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Whisper} Whisper
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Whisper.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Whisper();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.toPlayer = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.text = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a Whisper message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Whisper
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Whisper} Whisper
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Whisper.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a Whisper message.
                 * @function verify
                 * @memberof hearth.client.v1.Whisper
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Whisper.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.toPlayer != null && Object.hasOwnProperty.call(message, "toPlayer"))
                        if (!$util.isInteger(message.toPlayer) && !(message.toPlayer && $util.isInteger(message.toPlayer.low) && $util.isInteger(message.toPlayer.high)))
                            return "toPlayer: integer|Long expected";
                    if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                        if (!$util.isString(message.text))
                            return "text: string expected";
                    return null;
                };

                /**
                 * Creates a Whisper message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Whisper
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Whisper} Whisper
                 */
                Whisper.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Whisper)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.Whisper: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.Whisper();
                    if (object.toPlayer != null)
                        if ($util.Long)
                            message.toPlayer = $util.Long.fromValue(object.toPlayer, true);
                        else if (typeof object.toPlayer === "string")
                            message.toPlayer = parseInt(object.toPlayer, 10);
                        else if (typeof object.toPlayer === "number")
                            message.toPlayer = object.toPlayer;
                        else if (typeof object.toPlayer === "object")
                            message.toPlayer = new $util.LongBits(object.toPlayer.low >>> 0, object.toPlayer.high >>> 0).toNumber(true);
                    if (object.text != null)
                        message.text = String(object.text);
                    return message;
                };

                /**
                 * Creates a plain object from a Whisper message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Whisper
                 * @static
                 * @param {hearth.client.v1.Whisper} message Whisper
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Whisper.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.toPlayer = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.toPlayer = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.text = "";
                    }
                    if (message.toPlayer != null && Object.hasOwnProperty.call(message, "toPlayer"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.toPlayer = typeof message.toPlayer === "number" ? BigInt(message.toPlayer) : $util.Long.fromBits(message.toPlayer.low >>> 0, message.toPlayer.high >>> 0, true).toBigInt();
                        else if (typeof message.toPlayer === "number")
                            object.toPlayer = options.longs === String ? String(message.toPlayer) : message.toPlayer;
                        else
                            object.toPlayer = options.longs === String ? $util.Long.prototype.toString.call(message.toPlayer) : options.longs === Number ? new $util.LongBits(message.toPlayer.low >>> 0, message.toPlayer.high >>> 0).toNumber(true) : message.toPlayer;
                    if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    return object;
                };

                /**
                 * Converts this Whisper to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Whisper
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Whisper.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Whisper
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Whisper
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Whisper.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Whisper";
                };

                return Whisper;
            })();

            v1.Heavy = (function() {

                /**
                 * Properties of a Heavy.
                 * @memberof hearth.client.v1
                 * @interface IHeavy
                 * @property {number|null} [work] Heavy work
                 */

                /**
                 * Constructs a new Heavy.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a Heavy.
                 * @implements IHeavy
                 * @constructor
                 * @param {hearth.client.v1.IHeavy=} [properties] Properties to set
                 */
                function Heavy(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Heavy work.
                 * @member {number} work
                 * @memberof hearth.client.v1.Heavy
                 * @instance
                 */
                Heavy.prototype.work = 0;

                /**
                 * Creates a new Heavy instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Heavy
                 * @static
                 * @param {hearth.client.v1.IHeavy=} [properties] Properties to set
                 * @returns {hearth.client.v1.Heavy} Heavy instance
                 */
                Heavy.create = function create(properties) {
                    return new Heavy(properties);
                };

                /**
                 * Encodes the specified Heavy message. Does not implicitly {@link hearth.client.v1.Heavy.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Heavy
                 * @static
                 * @param {hearth.client.v1.IHeavy} message Heavy message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Heavy.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.work != null && Object.hasOwnProperty.call(message, "work"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.work);
                    return writer;
                };

                /**
                 * Encodes the specified Heavy message, length delimited. Does not implicitly {@link hearth.client.v1.Heavy.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Heavy
                 * @static
                 * @param {hearth.client.v1.IHeavy} message Heavy message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Heavy.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a Heavy message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Heavy
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Heavy} Heavy
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Heavy.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Heavy();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.work = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a Heavy message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Heavy
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Heavy} Heavy
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Heavy.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a Heavy message.
                 * @function verify
                 * @memberof hearth.client.v1.Heavy
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Heavy.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.work != null && Object.hasOwnProperty.call(message, "work"))
                        if (!$util.isInteger(message.work))
                            return "work: integer expected";
                    return null;
                };

                /**
                 * Creates a Heavy message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Heavy
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Heavy} Heavy
                 */
                Heavy.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Heavy)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.Heavy: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.Heavy();
                    if (object.work != null)
                        message.work = object.work >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Heavy message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Heavy
                 * @static
                 * @param {hearth.client.v1.Heavy} message Heavy
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Heavy.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.work = 0;
                    if (message.work != null && Object.hasOwnProperty.call(message, "work"))
                        object.work = message.work;
                    return object;
                };

                /**
                 * Converts this Heavy to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Heavy
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Heavy.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Heavy
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Heavy
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Heavy.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Heavy";
                };

                return Heavy;
            })();

            /**
             * GroupKind enum.
             * @name hearth.client.v1.GroupKind
             * @enum {number}
             * @property {number} GROUP_UNSPECIFIED=0 GROUP_UNSPECIFIED value
             * @property {number} GROUP_GUILD=1 GROUP_GUILD value
             * @property {number} GROUP_TEAM=2 GROUP_TEAM value
             */
            v1.GroupKind = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "GROUP_UNSPECIFIED"] = 0;
                values[valuesById[1] = "GROUP_GUILD"] = 1;
                values[valuesById[2] = "GROUP_TEAM"] = 2;
                return values;
            })();

            v1.JoinGroup = (function() {

                /**
                 * Properties of a JoinGroup.
                 * @memberof hearth.client.v1
                 * @interface IJoinGroup
                 * @property {hearth.client.v1.GroupKind|null} [kind] JoinGroup kind
                 * @property {number|Long|null} [group] JoinGroup group
                 */

                /**
                 * Constructs a new JoinGroup.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a JoinGroup.
                 * @implements IJoinGroup
                 * @constructor
                 * @param {hearth.client.v1.IJoinGroup=} [properties] Properties to set
                 */
                function JoinGroup(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * JoinGroup kind.
                 * @member {hearth.client.v1.GroupKind} kind
                 * @memberof hearth.client.v1.JoinGroup
                 * @instance
                 */
                JoinGroup.prototype.kind = 0;

                /**
                 * JoinGroup group.
                 * @member {number|Long} group
                 * @memberof hearth.client.v1.JoinGroup
                 * @instance
                 */
                JoinGroup.prototype.group = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new JoinGroup instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.JoinGroup
                 * @static
                 * @param {hearth.client.v1.IJoinGroup=} [properties] Properties to set
                 * @returns {hearth.client.v1.JoinGroup} JoinGroup instance
                 */
                JoinGroup.create = function create(properties) {
                    return new JoinGroup(properties);
                };

                /**
                 * Encodes the specified JoinGroup message. Does not implicitly {@link hearth.client.v1.JoinGroup.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.JoinGroup
                 * @static
                 * @param {hearth.client.v1.IJoinGroup} message JoinGroup message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JoinGroup.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                    if (message.group != null && Object.hasOwnProperty.call(message, "group"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.group);
                    return writer;
                };

                /**
                 * Encodes the specified JoinGroup message, length delimited. Does not implicitly {@link hearth.client.v1.JoinGroup.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.JoinGroup
                 * @static
                 * @param {hearth.client.v1.IJoinGroup} message JoinGroup message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JoinGroup.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a JoinGroup message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.JoinGroup
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.JoinGroup} JoinGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JoinGroup.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.JoinGroup();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.kind = reader.int32();
                                break;
                            }
                        case 2: {
                                message.group = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a JoinGroup message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.JoinGroup
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.JoinGroup} JoinGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JoinGroup.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a JoinGroup message.
                 * @function verify
                 * @memberof hearth.client.v1.JoinGroup
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                JoinGroup.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        switch (message.kind) {
                        default:
                            return "kind: enum value expected";
                        case 0:
                        case 1:
                        case 2:
                            break;
                        }
                    if (message.group != null && Object.hasOwnProperty.call(message, "group"))
                        if (!$util.isInteger(message.group) && !(message.group && $util.isInteger(message.group.low) && $util.isInteger(message.group.high)))
                            return "group: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a JoinGroup message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.JoinGroup
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.JoinGroup} JoinGroup
                 */
                JoinGroup.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.JoinGroup)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.JoinGroup: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.JoinGroup();
                    switch (object.kind) {
                    default:
                        if (typeof object.kind === "number") {
                            message.kind = object.kind;
                            break;
                        }
                        break;
                    case "GROUP_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "GROUP_GUILD":
                    case 1:
                        message.kind = 1;
                        break;
                    case "GROUP_TEAM":
                    case 2:
                        message.kind = 2;
                        break;
                    }
                    if (object.group != null)
                        if ($util.Long)
                            message.group = $util.Long.fromValue(object.group, true);
                        else if (typeof object.group === "string")
                            message.group = parseInt(object.group, 10);
                        else if (typeof object.group === "number")
                            message.group = object.group;
                        else if (typeof object.group === "object")
                            message.group = new $util.LongBits(object.group.low >>> 0, object.group.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a JoinGroup message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.JoinGroup
                 * @static
                 * @param {hearth.client.v1.JoinGroup} message JoinGroup
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                JoinGroup.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.kind = options.enums === String ? "GROUP_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.group = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.group = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        object.kind = options.enums === String ? $root.hearth.client.v1.GroupKind[message.kind] === undefined ? message.kind : $root.hearth.client.v1.GroupKind[message.kind] : message.kind;
                    if (message.group != null && Object.hasOwnProperty.call(message, "group"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.group = typeof message.group === "number" ? BigInt(message.group) : $util.Long.fromBits(message.group.low >>> 0, message.group.high >>> 0, true).toBigInt();
                        else if (typeof message.group === "number")
                            object.group = options.longs === String ? String(message.group) : message.group;
                        else
                            object.group = options.longs === String ? $util.Long.prototype.toString.call(message.group) : options.longs === Number ? new $util.LongBits(message.group.low >>> 0, message.group.high >>> 0).toNumber(true) : message.group;
                    return object;
                };

                /**
                 * Converts this JoinGroup to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.JoinGroup
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                JoinGroup.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for JoinGroup
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.JoinGroup
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                JoinGroup.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.JoinGroup";
                };

                return JoinGroup;
            })();

            v1.LeaveGroup = (function() {

                /**
                 * Properties of a LeaveGroup.
                 * @memberof hearth.client.v1
                 * @interface ILeaveGroup
                 * @property {hearth.client.v1.GroupKind|null} [kind] LeaveGroup kind
                 */

                /**
                 * Constructs a new LeaveGroup.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a LeaveGroup.
                 * @implements ILeaveGroup
                 * @constructor
                 * @param {hearth.client.v1.ILeaveGroup=} [properties] Properties to set
                 */
                function LeaveGroup(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * LeaveGroup kind.
                 * @member {hearth.client.v1.GroupKind} kind
                 * @memberof hearth.client.v1.LeaveGroup
                 * @instance
                 */
                LeaveGroup.prototype.kind = 0;

                /**
                 * Creates a new LeaveGroup instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.LeaveGroup
                 * @static
                 * @param {hearth.client.v1.ILeaveGroup=} [properties] Properties to set
                 * @returns {hearth.client.v1.LeaveGroup} LeaveGroup instance
                 */
                LeaveGroup.create = function create(properties) {
                    return new LeaveGroup(properties);
                };

                /**
                 * Encodes the specified LeaveGroup message. Does not implicitly {@link hearth.client.v1.LeaveGroup.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.LeaveGroup
                 * @static
                 * @param {hearth.client.v1.ILeaveGroup} message LeaveGroup message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LeaveGroup.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                    return writer;
                };

                /**
                 * Encodes the specified LeaveGroup message, length delimited. Does not implicitly {@link hearth.client.v1.LeaveGroup.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.LeaveGroup
                 * @static
                 * @param {hearth.client.v1.ILeaveGroup} message LeaveGroup message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LeaveGroup.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a LeaveGroup message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.LeaveGroup
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.LeaveGroup} LeaveGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LeaveGroup.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.LeaveGroup();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.kind = reader.int32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a LeaveGroup message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.LeaveGroup
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.LeaveGroup} LeaveGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LeaveGroup.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a LeaveGroup message.
                 * @function verify
                 * @memberof hearth.client.v1.LeaveGroup
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                LeaveGroup.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        switch (message.kind) {
                        default:
                            return "kind: enum value expected";
                        case 0:
                        case 1:
                        case 2:
                            break;
                        }
                    return null;
                };

                /**
                 * Creates a LeaveGroup message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.LeaveGroup
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.LeaveGroup} LeaveGroup
                 */
                LeaveGroup.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.LeaveGroup)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.LeaveGroup: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.LeaveGroup();
                    switch (object.kind) {
                    default:
                        if (typeof object.kind === "number") {
                            message.kind = object.kind;
                            break;
                        }
                        break;
                    case "GROUP_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "GROUP_GUILD":
                    case 1:
                        message.kind = 1;
                        break;
                    case "GROUP_TEAM":
                    case 2:
                        message.kind = 2;
                        break;
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a LeaveGroup message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.LeaveGroup
                 * @static
                 * @param {hearth.client.v1.LeaveGroup} message LeaveGroup
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                LeaveGroup.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.kind = options.enums === String ? "GROUP_UNSPECIFIED" : 0;
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        object.kind = options.enums === String ? $root.hearth.client.v1.GroupKind[message.kind] === undefined ? message.kind : $root.hearth.client.v1.GroupKind[message.kind] : message.kind;
                    return object;
                };

                /**
                 * Converts this LeaveGroup to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.LeaveGroup
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                LeaveGroup.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for LeaveGroup
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.LeaveGroup
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                LeaveGroup.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.LeaveGroup";
                };

                return LeaveGroup;
            })();

            /**
             * GuildRank enum.
             * @name hearth.client.v1.GuildRank
             * @enum {number}
             * @property {number} GUILD_RANK_NONE=0 GUILD_RANK_NONE value
             * @property {number} GUILD_RANK_MEMBER=1 GUILD_RANK_MEMBER value
             * @property {number} GUILD_RANK_OFFICER=2 GUILD_RANK_OFFICER value
             * @property {number} GUILD_RANK_LEADER=3 GUILD_RANK_LEADER value
             */
            v1.GuildRank = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "GUILD_RANK_NONE"] = 0;
                values[valuesById[1] = "GUILD_RANK_MEMBER"] = 1;
                values[valuesById[2] = "GUILD_RANK_OFFICER"] = 2;
                values[valuesById[3] = "GUILD_RANK_LEADER"] = 3;
                return values;
            })();

            v1.GuildInfo = (function() {

                /**
                 * Properties of a GuildInfo.
                 * @memberof hearth.client.v1
                 * @interface IGuildInfo
                 */

                /**
                 * Constructs a new GuildInfo.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a GuildInfo.
                 * @implements IGuildInfo
                 * @constructor
                 * @param {hearth.client.v1.IGuildInfo=} [properties] Properties to set
                 */
                function GuildInfo(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new GuildInfo instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.GuildInfo
                 * @static
                 * @param {hearth.client.v1.IGuildInfo=} [properties] Properties to set
                 * @returns {hearth.client.v1.GuildInfo} GuildInfo instance
                 */
                GuildInfo.create = function create(properties) {
                    return new GuildInfo(properties);
                };

                /**
                 * Encodes the specified GuildInfo message. Does not implicitly {@link hearth.client.v1.GuildInfo.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.GuildInfo
                 * @static
                 * @param {hearth.client.v1.IGuildInfo} message GuildInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GuildInfo.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Encodes the specified GuildInfo message, length delimited. Does not implicitly {@link hearth.client.v1.GuildInfo.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.GuildInfo
                 * @static
                 * @param {hearth.client.v1.IGuildInfo} message GuildInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GuildInfo.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a GuildInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.GuildInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.GuildInfo} GuildInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GuildInfo.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.GuildInfo();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a GuildInfo message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.GuildInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.GuildInfo} GuildInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GuildInfo.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a GuildInfo message.
                 * @function verify
                 * @memberof hearth.client.v1.GuildInfo
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GuildInfo.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    return null;
                };

                /**
                 * Creates a GuildInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.GuildInfo
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.GuildInfo} GuildInfo
                 */
                GuildInfo.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.GuildInfo)
                        return object;
                    return new $root.hearth.client.v1.GuildInfo();
                };

                /**
                 * Creates a plain object from a GuildInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.GuildInfo
                 * @static
                 * @param {hearth.client.v1.GuildInfo} message GuildInfo
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GuildInfo.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this GuildInfo to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.GuildInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GuildInfo.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for GuildInfo
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.GuildInfo
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GuildInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.GuildInfo";
                };

                return GuildInfo;
            })();

            v1.SetGuildRank = (function() {

                /**
                 * Properties of a SetGuildRank.
                 * @memberof hearth.client.v1
                 * @interface ISetGuildRank
                 * @property {number|Long|null} [player] SetGuildRank player
                 * @property {hearth.client.v1.GuildRank|null} [rank] SetGuildRank rank
                 */

                /**
                 * Constructs a new SetGuildRank.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a SetGuildRank.
                 * @implements ISetGuildRank
                 * @constructor
                 * @param {hearth.client.v1.ISetGuildRank=} [properties] Properties to set
                 */
                function SetGuildRank(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * SetGuildRank player.
                 * @member {number|Long} player
                 * @memberof hearth.client.v1.SetGuildRank
                 * @instance
                 */
                SetGuildRank.prototype.player = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SetGuildRank rank.
                 * @member {hearth.client.v1.GuildRank} rank
                 * @memberof hearth.client.v1.SetGuildRank
                 * @instance
                 */
                SetGuildRank.prototype.rank = 0;

                /**
                 * Creates a new SetGuildRank instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.SetGuildRank
                 * @static
                 * @param {hearth.client.v1.ISetGuildRank=} [properties] Properties to set
                 * @returns {hearth.client.v1.SetGuildRank} SetGuildRank instance
                 */
                SetGuildRank.create = function create(properties) {
                    return new SetGuildRank(properties);
                };

                /**
                 * Encodes the specified SetGuildRank message. Does not implicitly {@link hearth.client.v1.SetGuildRank.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.SetGuildRank
                 * @static
                 * @param {hearth.client.v1.ISetGuildRank} message SetGuildRank message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SetGuildRank.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.player != null && Object.hasOwnProperty.call(message, "player"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.player);
                    if (message.rank != null && Object.hasOwnProperty.call(message, "rank"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.rank);
                    return writer;
                };

                /**
                 * Encodes the specified SetGuildRank message, length delimited. Does not implicitly {@link hearth.client.v1.SetGuildRank.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.SetGuildRank
                 * @static
                 * @param {hearth.client.v1.ISetGuildRank} message SetGuildRank message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SetGuildRank.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a SetGuildRank message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.SetGuildRank
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.SetGuildRank} SetGuildRank
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SetGuildRank.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.SetGuildRank();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.player = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.rank = reader.int32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a SetGuildRank message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.SetGuildRank
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.SetGuildRank} SetGuildRank
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SetGuildRank.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a SetGuildRank message.
                 * @function verify
                 * @memberof hearth.client.v1.SetGuildRank
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SetGuildRank.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.player != null && Object.hasOwnProperty.call(message, "player"))
                        if (!$util.isInteger(message.player) && !(message.player && $util.isInteger(message.player.low) && $util.isInteger(message.player.high)))
                            return "player: integer|Long expected";
                    if (message.rank != null && Object.hasOwnProperty.call(message, "rank"))
                        switch (message.rank) {
                        default:
                            return "rank: enum value expected";
                        case 0:
                        case 1:
                        case 2:
                        case 3:
                            break;
                        }
                    return null;
                };

                /**
                 * Creates a SetGuildRank message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.SetGuildRank
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.SetGuildRank} SetGuildRank
                 */
                SetGuildRank.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.SetGuildRank)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.SetGuildRank: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.SetGuildRank();
                    if (object.player != null)
                        if ($util.Long)
                            message.player = $util.Long.fromValue(object.player, true);
                        else if (typeof object.player === "string")
                            message.player = parseInt(object.player, 10);
                        else if (typeof object.player === "number")
                            message.player = object.player;
                        else if (typeof object.player === "object")
                            message.player = new $util.LongBits(object.player.low >>> 0, object.player.high >>> 0).toNumber(true);
                    switch (object.rank) {
                    default:
                        if (typeof object.rank === "number") {
                            message.rank = object.rank;
                            break;
                        }
                        break;
                    case "GUILD_RANK_NONE":
                    case 0:
                        message.rank = 0;
                        break;
                    case "GUILD_RANK_MEMBER":
                    case 1:
                        message.rank = 1;
                        break;
                    case "GUILD_RANK_OFFICER":
                    case 2:
                        message.rank = 2;
                        break;
                    case "GUILD_RANK_LEADER":
                    case 3:
                        message.rank = 3;
                        break;
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a SetGuildRank message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.SetGuildRank
                 * @static
                 * @param {hearth.client.v1.SetGuildRank} message SetGuildRank
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SetGuildRank.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.player = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.player = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.rank = options.enums === String ? "GUILD_RANK_NONE" : 0;
                    }
                    if (message.player != null && Object.hasOwnProperty.call(message, "player"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.player = typeof message.player === "number" ? BigInt(message.player) : $util.Long.fromBits(message.player.low >>> 0, message.player.high >>> 0, true).toBigInt();
                        else if (typeof message.player === "number")
                            object.player = options.longs === String ? String(message.player) : message.player;
                        else
                            object.player = options.longs === String ? $util.Long.prototype.toString.call(message.player) : options.longs === Number ? new $util.LongBits(message.player.low >>> 0, message.player.high >>> 0).toNumber(true) : message.player;
                    if (message.rank != null && Object.hasOwnProperty.call(message, "rank"))
                        object.rank = options.enums === String ? $root.hearth.client.v1.GuildRank[message.rank] === undefined ? message.rank : $root.hearth.client.v1.GuildRank[message.rank] : message.rank;
                    return object;
                };

                /**
                 * Converts this SetGuildRank to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.SetGuildRank
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SetGuildRank.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for SetGuildRank
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.SetGuildRank
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                SetGuildRank.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.SetGuildRank";
                };

                return SetGuildRank;
            })();

            v1.GuildBank = (function() {

                /**
                 * Properties of a GuildBank.
                 * @memberof hearth.client.v1
                 * @interface IGuildBank
                 * @property {boolean|null} [withdraw] GuildBank withdraw
                 * @property {Array.<hearth.client.v1.IItemStack>|null} [items] GuildBank items
                 * @property {number|Long|null} [gold] GuildBank gold
                 */

                /**
                 * Constructs a new GuildBank.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a GuildBank.
                 * @implements IGuildBank
                 * @constructor
                 * @param {hearth.client.v1.IGuildBank=} [properties] Properties to set
                 */
                function GuildBank(properties) {
                    this.items = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GuildBank withdraw.
                 * @member {boolean} withdraw
                 * @memberof hearth.client.v1.GuildBank
                 * @instance
                 */
                GuildBank.prototype.withdraw = false;

                /**
                 * GuildBank items.
                 * @member {Array.<hearth.client.v1.IItemStack>} items
                 * @memberof hearth.client.v1.GuildBank
                 * @instance
                 */
                GuildBank.prototype.items = $util.emptyArray;

                /**
                 * GuildBank gold.
                 * @member {number|Long} gold
                 * @memberof hearth.client.v1.GuildBank
                 * @instance
                 */
                GuildBank.prototype.gold = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new GuildBank instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.GuildBank
                 * @static
                 * @param {hearth.client.v1.IGuildBank=} [properties] Properties to set
                 * @returns {hearth.client.v1.GuildBank} GuildBank instance
                 */
                GuildBank.create = function create(properties) {
                    return new GuildBank(properties);
                };

                /**
                 * Encodes the specified GuildBank message. Does not implicitly {@link hearth.client.v1.GuildBank.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.GuildBank
                 * @static
                 * @param {hearth.client.v1.IGuildBank} message GuildBank message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GuildBank.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.withdraw != null && Object.hasOwnProperty.call(message, "withdraw"))
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.withdraw);
                    if (message.items != null && message.items.length)
                        for (let i = 0; i < message.items.length; ++i)
                            $root.hearth.client.v1.ItemStack.encode(message.items[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.gold != null && Object.hasOwnProperty.call(message, "gold"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.gold);
                    return writer;
                };

                /**
                 * Encodes the specified GuildBank message, length delimited. Does not implicitly {@link hearth.client.v1.GuildBank.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.GuildBank
                 * @static
                 * @param {hearth.client.v1.IGuildBank} message GuildBank message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GuildBank.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a GuildBank message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.GuildBank
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.GuildBank} GuildBank
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GuildBank.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.GuildBank();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.withdraw = reader.bool();
                                break;
                            }
                        case 2: {
                                if (!(message.items && message.items.length))
                                    message.items = [];
                                message.items.push($root.hearth.client.v1.ItemStack.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 3: {
                                message.gold = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a GuildBank message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.GuildBank
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.GuildBank} GuildBank
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GuildBank.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a GuildBank message.
                 * @function verify
                 * @memberof hearth.client.v1.GuildBank
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GuildBank.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.withdraw != null && Object.hasOwnProperty.call(message, "withdraw"))
                        if (typeof message.withdraw !== "boolean")
                            return "withdraw: boolean expected";
                    if (message.items != null && Object.hasOwnProperty.call(message, "items")) {
                        if (!Array.isArray(message.items))
                            return "items: array expected";
                        for (let i = 0; i < message.items.length; ++i) {
                            let error = $root.hearth.client.v1.ItemStack.verify(message.items[i], long + 1);
                            if (error)
                                return "items." + error;
                        }
                    }
                    if (message.gold != null && Object.hasOwnProperty.call(message, "gold"))
                        if (!$util.isInteger(message.gold) && !(message.gold && $util.isInteger(message.gold.low) && $util.isInteger(message.gold.high)))
                            return "gold: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a GuildBank message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.GuildBank
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.GuildBank} GuildBank
                 */
                GuildBank.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.GuildBank)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.GuildBank: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.GuildBank();
                    if (object.withdraw != null)
                        message.withdraw = Boolean(object.withdraw);
                    if (object.items) {
                        if (!Array.isArray(object.items))
                            throw TypeError(".hearth.client.v1.GuildBank.items: array expected");
                        message.items = [];
                        for (let i = 0; i < object.items.length; ++i) {
                            if (!$util.isObject(object.items[i]))
                                throw TypeError(".hearth.client.v1.GuildBank.items: object expected");
                            message.items[i] = $root.hearth.client.v1.ItemStack.fromObject(object.items[i], long + 1);
                        }
                    }
                    if (object.gold != null)
                        if ($util.Long)
                            message.gold = $util.Long.fromValue(object.gold, true);
                        else if (typeof object.gold === "string")
                            message.gold = parseInt(object.gold, 10);
                        else if (typeof object.gold === "number")
                            message.gold = object.gold;
                        else if (typeof object.gold === "object")
                            message.gold = new $util.LongBits(object.gold.low >>> 0, object.gold.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a GuildBank message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.GuildBank
                 * @static
                 * @param {hearth.client.v1.GuildBank} message GuildBank
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GuildBank.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.items = [];
                    if (options.defaults) {
                        object.withdraw = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.gold = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.gold = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (message.withdraw != null && Object.hasOwnProperty.call(message, "withdraw"))
                        object.withdraw = message.withdraw;
                    if (message.items && message.items.length) {
                        object.items = [];
                        for (let j = 0; j < message.items.length; ++j)
                            object.items[j] = $root.hearth.client.v1.ItemStack.toObject(message.items[j], options, q + 1);
                    }
                    if (message.gold != null && Object.hasOwnProperty.call(message, "gold"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.gold = typeof message.gold === "number" ? BigInt(message.gold) : $util.Long.fromBits(message.gold.low >>> 0, message.gold.high >>> 0, true).toBigInt();
                        else if (typeof message.gold === "number")
                            object.gold = options.longs === String ? String(message.gold) : message.gold;
                        else
                            object.gold = options.longs === String ? $util.Long.prototype.toString.call(message.gold) : options.longs === Number ? new $util.LongBits(message.gold.low >>> 0, message.gold.high >>> 0).toNumber(true) : message.gold;
                    return object;
                };

                /**
                 * Converts this GuildBank to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.GuildBank
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GuildBank.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for GuildBank
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.GuildBank
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GuildBank.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.GuildBank";
                };

                return GuildBank;
            })();

            v1.GroupSay = (function() {

                /**
                 * Properties of a GroupSay.
                 * @memberof hearth.client.v1
                 * @interface IGroupSay
                 * @property {hearth.client.v1.GroupKind|null} [kind] GroupSay kind
                 * @property {string|null} [text] GroupSay text
                 */

                /**
                 * Constructs a new GroupSay.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a GroupSay.
                 * @implements IGroupSay
                 * @constructor
                 * @param {hearth.client.v1.IGroupSay=} [properties] Properties to set
                 */
                function GroupSay(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GroupSay kind.
                 * @member {hearth.client.v1.GroupKind} kind
                 * @memberof hearth.client.v1.GroupSay
                 * @instance
                 */
                GroupSay.prototype.kind = 0;

                /**
                 * GroupSay text.
                 * @member {string} text
                 * @memberof hearth.client.v1.GroupSay
                 * @instance
                 */
                GroupSay.prototype.text = "";

                /**
                 * Creates a new GroupSay instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.GroupSay
                 * @static
                 * @param {hearth.client.v1.IGroupSay=} [properties] Properties to set
                 * @returns {hearth.client.v1.GroupSay} GroupSay instance
                 */
                GroupSay.create = function create(properties) {
                    return new GroupSay(properties);
                };

                /**
                 * Encodes the specified GroupSay message. Does not implicitly {@link hearth.client.v1.GroupSay.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.GroupSay
                 * @static
                 * @param {hearth.client.v1.IGroupSay} message GroupSay message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GroupSay.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                    if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                    return writer;
                };

                /**
                 * Encodes the specified GroupSay message, length delimited. Does not implicitly {@link hearth.client.v1.GroupSay.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.GroupSay
                 * @static
                 * @param {hearth.client.v1.IGroupSay} message GroupSay message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GroupSay.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a GroupSay message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.GroupSay
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.GroupSay} GroupSay
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GroupSay.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.GroupSay();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.kind = reader.int32();
                                break;
                            }
                        case 2: {
                                message.text = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a GroupSay message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.GroupSay
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.GroupSay} GroupSay
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GroupSay.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a GroupSay message.
                 * @function verify
                 * @memberof hearth.client.v1.GroupSay
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GroupSay.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        switch (message.kind) {
                        default:
                            return "kind: enum value expected";
                        case 0:
                        case 1:
                        case 2:
                            break;
                        }
                    if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                        if (!$util.isString(message.text))
                            return "text: string expected";
                    return null;
                };

                /**
                 * Creates a GroupSay message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.GroupSay
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.GroupSay} GroupSay
                 */
                GroupSay.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.GroupSay)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.GroupSay: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.GroupSay();
                    switch (object.kind) {
                    default:
                        if (typeof object.kind === "number") {
                            message.kind = object.kind;
                            break;
                        }
                        break;
                    case "GROUP_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "GROUP_GUILD":
                    case 1:
                        message.kind = 1;
                        break;
                    case "GROUP_TEAM":
                    case 2:
                        message.kind = 2;
                        break;
                    }
                    if (object.text != null)
                        message.text = String(object.text);
                    return message;
                };

                /**
                 * Creates a plain object from a GroupSay message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.GroupSay
                 * @static
                 * @param {hearth.client.v1.GroupSay} message GroupSay
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GroupSay.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.kind = options.enums === String ? "GROUP_UNSPECIFIED" : 0;
                        object.text = "";
                    }
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        object.kind = options.enums === String ? $root.hearth.client.v1.GroupKind[message.kind] === undefined ? message.kind : $root.hearth.client.v1.GroupKind[message.kind] : message.kind;
                    if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    return object;
                };

                /**
                 * Converts this GroupSay to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.GroupSay
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GroupSay.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for GroupSay
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.GroupSay
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GroupSay.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.GroupSay";
                };

                return GroupSay;
            })();

            v1.TradeOffer = (function() {

                /**
                 * Properties of a TradeOffer.
                 * @memberof hearth.client.v1
                 * @interface ITradeOffer
                 * @property {number|Long|null} [toPlayer] TradeOffer toPlayer
                 * @property {string|null} [item] TradeOffer item
                 * @property {Array.<hearth.client.v1.IItemStack>|null} [give] TradeOffer give
                 * @property {number|Long|null} [giveGold] TradeOffer giveGold
                 * @property {Array.<hearth.client.v1.IItemStack>|null} [want] TradeOffer want
                 * @property {number|Long|null} [wantGold] TradeOffer wantGold
                 */

                /**
                 * Constructs a new TradeOffer.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a TradeOffer.
                 * @implements ITradeOffer
                 * @constructor
                 * @param {hearth.client.v1.ITradeOffer=} [properties] Properties to set
                 */
                function TradeOffer(properties) {
                    this.give = [];
                    this.want = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * TradeOffer toPlayer.
                 * @member {number|Long} toPlayer
                 * @memberof hearth.client.v1.TradeOffer
                 * @instance
                 */
                TradeOffer.prototype.toPlayer = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TradeOffer item.
                 * @member {string} item
                 * @memberof hearth.client.v1.TradeOffer
                 * @instance
                 */
                TradeOffer.prototype.item = "";

                /**
                 * TradeOffer give.
                 * @member {Array.<hearth.client.v1.IItemStack>} give
                 * @memberof hearth.client.v1.TradeOffer
                 * @instance
                 */
                TradeOffer.prototype.give = $util.emptyArray;

                /**
                 * TradeOffer giveGold.
                 * @member {number|Long} giveGold
                 * @memberof hearth.client.v1.TradeOffer
                 * @instance
                 */
                TradeOffer.prototype.giveGold = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TradeOffer want.
                 * @member {Array.<hearth.client.v1.IItemStack>} want
                 * @memberof hearth.client.v1.TradeOffer
                 * @instance
                 */
                TradeOffer.prototype.want = $util.emptyArray;

                /**
                 * TradeOffer wantGold.
                 * @member {number|Long} wantGold
                 * @memberof hearth.client.v1.TradeOffer
                 * @instance
                 */
                TradeOffer.prototype.wantGold = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new TradeOffer instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.TradeOffer
                 * @static
                 * @param {hearth.client.v1.ITradeOffer=} [properties] Properties to set
                 * @returns {hearth.client.v1.TradeOffer} TradeOffer instance
                 */
                TradeOffer.create = function create(properties) {
                    return new TradeOffer(properties);
                };

                /**
                 * Encodes the specified TradeOffer message. Does not implicitly {@link hearth.client.v1.TradeOffer.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.TradeOffer
                 * @static
                 * @param {hearth.client.v1.ITradeOffer} message TradeOffer message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TradeOffer.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.toPlayer != null && Object.hasOwnProperty.call(message, "toPlayer"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.toPlayer);
                    if (message.item != null && Object.hasOwnProperty.call(message, "item"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.item);
                    if (message.give != null && message.give.length)
                        for (let i = 0; i < message.give.length; ++i)
                            $root.hearth.client.v1.ItemStack.encode(message.give[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.giveGold != null && Object.hasOwnProperty.call(message, "giveGold"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.giveGold);
                    if (message.want != null && message.want.length)
                        for (let i = 0; i < message.want.length; ++i)
                            $root.hearth.client.v1.ItemStack.encode(message.want[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (message.wantGold != null && Object.hasOwnProperty.call(message, "wantGold"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.wantGold);
                    return writer;
                };

                /**
                 * Encodes the specified TradeOffer message, length delimited. Does not implicitly {@link hearth.client.v1.TradeOffer.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.TradeOffer
                 * @static
                 * @param {hearth.client.v1.ITradeOffer} message TradeOffer message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TradeOffer.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a TradeOffer message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.TradeOffer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.TradeOffer} TradeOffer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TradeOffer.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.TradeOffer();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.toPlayer = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.item = reader.string();
                                break;
                            }
                        case 3: {
                                if (!(message.give && message.give.length))
                                    message.give = [];
                                message.give.push($root.hearth.client.v1.ItemStack.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 4: {
                                message.giveGold = reader.uint64();
                                break;
                            }
                        case 5: {
                                if (!(message.want && message.want.length))
                                    message.want = [];
                                message.want.push($root.hearth.client.v1.ItemStack.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 6: {
                                message.wantGold = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a TradeOffer message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.TradeOffer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.TradeOffer} TradeOffer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TradeOffer.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a TradeOffer message.
                 * @function verify
                 * @memberof hearth.client.v1.TradeOffer
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TradeOffer.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.toPlayer != null && Object.hasOwnProperty.call(message, "toPlayer"))
                        if (!$util.isInteger(message.toPlayer) && !(message.toPlayer && $util.isInteger(message.toPlayer.low) && $util.isInteger(message.toPlayer.high)))
                            return "toPlayer: integer|Long expected";
                    if (message.item != null && Object.hasOwnProperty.call(message, "item"))
                        if (!$util.isString(message.item))
                            return "item: string expected";
                    if (message.give != null && Object.hasOwnProperty.call(message, "give")) {
                        if (!Array.isArray(message.give))
                            return "give: array expected";
                        for (let i = 0; i < message.give.length; ++i) {
                            let error = $root.hearth.client.v1.ItemStack.verify(message.give[i], long + 1);
                            if (error)
                                return "give." + error;
                        }
                    }
                    if (message.giveGold != null && Object.hasOwnProperty.call(message, "giveGold"))
                        if (!$util.isInteger(message.giveGold) && !(message.giveGold && $util.isInteger(message.giveGold.low) && $util.isInteger(message.giveGold.high)))
                            return "giveGold: integer|Long expected";
                    if (message.want != null && Object.hasOwnProperty.call(message, "want")) {
                        if (!Array.isArray(message.want))
                            return "want: array expected";
                        for (let i = 0; i < message.want.length; ++i) {
                            let error = $root.hearth.client.v1.ItemStack.verify(message.want[i], long + 1);
                            if (error)
                                return "want." + error;
                        }
                    }
                    if (message.wantGold != null && Object.hasOwnProperty.call(message, "wantGold"))
                        if (!$util.isInteger(message.wantGold) && !(message.wantGold && $util.isInteger(message.wantGold.low) && $util.isInteger(message.wantGold.high)))
                            return "wantGold: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a TradeOffer message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.TradeOffer
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.TradeOffer} TradeOffer
                 */
                TradeOffer.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.TradeOffer)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.TradeOffer: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.TradeOffer();
                    if (object.toPlayer != null)
                        if ($util.Long)
                            message.toPlayer = $util.Long.fromValue(object.toPlayer, true);
                        else if (typeof object.toPlayer === "string")
                            message.toPlayer = parseInt(object.toPlayer, 10);
                        else if (typeof object.toPlayer === "number")
                            message.toPlayer = object.toPlayer;
                        else if (typeof object.toPlayer === "object")
                            message.toPlayer = new $util.LongBits(object.toPlayer.low >>> 0, object.toPlayer.high >>> 0).toNumber(true);
                    if (object.item != null)
                        message.item = String(object.item);
                    if (object.give) {
                        if (!Array.isArray(object.give))
                            throw TypeError(".hearth.client.v1.TradeOffer.give: array expected");
                        message.give = [];
                        for (let i = 0; i < object.give.length; ++i) {
                            if (!$util.isObject(object.give[i]))
                                throw TypeError(".hearth.client.v1.TradeOffer.give: object expected");
                            message.give[i] = $root.hearth.client.v1.ItemStack.fromObject(object.give[i], long + 1);
                        }
                    }
                    if (object.giveGold != null)
                        if ($util.Long)
                            message.giveGold = $util.Long.fromValue(object.giveGold, true);
                        else if (typeof object.giveGold === "string")
                            message.giveGold = parseInt(object.giveGold, 10);
                        else if (typeof object.giveGold === "number")
                            message.giveGold = object.giveGold;
                        else if (typeof object.giveGold === "object")
                            message.giveGold = new $util.LongBits(object.giveGold.low >>> 0, object.giveGold.high >>> 0).toNumber(true);
                    if (object.want) {
                        if (!Array.isArray(object.want))
                            throw TypeError(".hearth.client.v1.TradeOffer.want: array expected");
                        message.want = [];
                        for (let i = 0; i < object.want.length; ++i) {
                            if (!$util.isObject(object.want[i]))
                                throw TypeError(".hearth.client.v1.TradeOffer.want: object expected");
                            message.want[i] = $root.hearth.client.v1.ItemStack.fromObject(object.want[i], long + 1);
                        }
                    }
                    if (object.wantGold != null)
                        if ($util.Long)
                            message.wantGold = $util.Long.fromValue(object.wantGold, true);
                        else if (typeof object.wantGold === "string")
                            message.wantGold = parseInt(object.wantGold, 10);
                        else if (typeof object.wantGold === "number")
                            message.wantGold = object.wantGold;
                        else if (typeof object.wantGold === "object")
                            message.wantGold = new $util.LongBits(object.wantGold.low >>> 0, object.wantGold.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a TradeOffer message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.TradeOffer
                 * @static
                 * @param {hearth.client.v1.TradeOffer} message TradeOffer
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TradeOffer.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.give = [];
                        object.want = [];
                    }
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.toPlayer = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.toPlayer = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.item = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.giveGold = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.giveGold = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.wantGold = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.wantGold = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (message.toPlayer != null && Object.hasOwnProperty.call(message, "toPlayer"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.toPlayer = typeof message.toPlayer === "number" ? BigInt(message.toPlayer) : $util.Long.fromBits(message.toPlayer.low >>> 0, message.toPlayer.high >>> 0, true).toBigInt();
                        else if (typeof message.toPlayer === "number")
                            object.toPlayer = options.longs === String ? String(message.toPlayer) : message.toPlayer;
                        else
                            object.toPlayer = options.longs === String ? $util.Long.prototype.toString.call(message.toPlayer) : options.longs === Number ? new $util.LongBits(message.toPlayer.low >>> 0, message.toPlayer.high >>> 0).toNumber(true) : message.toPlayer;
                    if (message.item != null && Object.hasOwnProperty.call(message, "item"))
                        object.item = message.item;
                    if (message.give && message.give.length) {
                        object.give = [];
                        for (let j = 0; j < message.give.length; ++j)
                            object.give[j] = $root.hearth.client.v1.ItemStack.toObject(message.give[j], options, q + 1);
                    }
                    if (message.giveGold != null && Object.hasOwnProperty.call(message, "giveGold"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.giveGold = typeof message.giveGold === "number" ? BigInt(message.giveGold) : $util.Long.fromBits(message.giveGold.low >>> 0, message.giveGold.high >>> 0, true).toBigInt();
                        else if (typeof message.giveGold === "number")
                            object.giveGold = options.longs === String ? String(message.giveGold) : message.giveGold;
                        else
                            object.giveGold = options.longs === String ? $util.Long.prototype.toString.call(message.giveGold) : options.longs === Number ? new $util.LongBits(message.giveGold.low >>> 0, message.giveGold.high >>> 0).toNumber(true) : message.giveGold;
                    if (message.want && message.want.length) {
                        object.want = [];
                        for (let j = 0; j < message.want.length; ++j)
                            object.want[j] = $root.hearth.client.v1.ItemStack.toObject(message.want[j], options, q + 1);
                    }
                    if (message.wantGold != null && Object.hasOwnProperty.call(message, "wantGold"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.wantGold = typeof message.wantGold === "number" ? BigInt(message.wantGold) : $util.Long.fromBits(message.wantGold.low >>> 0, message.wantGold.high >>> 0, true).toBigInt();
                        else if (typeof message.wantGold === "number")
                            object.wantGold = options.longs === String ? String(message.wantGold) : message.wantGold;
                        else
                            object.wantGold = options.longs === String ? $util.Long.prototype.toString.call(message.wantGold) : options.longs === Number ? new $util.LongBits(message.wantGold.low >>> 0, message.wantGold.high >>> 0).toNumber(true) : message.wantGold;
                    return object;
                };

                /**
                 * Converts this TradeOffer to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.TradeOffer
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TradeOffer.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for TradeOffer
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.TradeOffer
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                TradeOffer.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.TradeOffer";
                };

                return TradeOffer;
            })();

            v1.TradeAnswer = (function() {

                /**
                 * Properties of a TradeAnswer.
                 * @memberof hearth.client.v1
                 * @interface ITradeAnswer
                 * @property {number|Long|null} [fromPlayer] TradeAnswer fromPlayer
                 * @property {number|Long|null} [offerId] TradeAnswer offerId
                 * @property {boolean|null} [accept] TradeAnswer accept
                 */

                /**
                 * Constructs a new TradeAnswer.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a TradeAnswer.
                 * @implements ITradeAnswer
                 * @constructor
                 * @param {hearth.client.v1.ITradeAnswer=} [properties] Properties to set
                 */
                function TradeAnswer(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * TradeAnswer fromPlayer.
                 * @member {number|Long} fromPlayer
                 * @memberof hearth.client.v1.TradeAnswer
                 * @instance
                 */
                TradeAnswer.prototype.fromPlayer = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TradeAnswer offerId.
                 * @member {number|Long} offerId
                 * @memberof hearth.client.v1.TradeAnswer
                 * @instance
                 */
                TradeAnswer.prototype.offerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TradeAnswer accept.
                 * @member {boolean} accept
                 * @memberof hearth.client.v1.TradeAnswer
                 * @instance
                 */
                TradeAnswer.prototype.accept = false;

                /**
                 * Creates a new TradeAnswer instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.TradeAnswer
                 * @static
                 * @param {hearth.client.v1.ITradeAnswer=} [properties] Properties to set
                 * @returns {hearth.client.v1.TradeAnswer} TradeAnswer instance
                 */
                TradeAnswer.create = function create(properties) {
                    return new TradeAnswer(properties);
                };

                /**
                 * Encodes the specified TradeAnswer message. Does not implicitly {@link hearth.client.v1.TradeAnswer.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.TradeAnswer
                 * @static
                 * @param {hearth.client.v1.ITradeAnswer} message TradeAnswer message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TradeAnswer.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.fromPlayer != null && Object.hasOwnProperty.call(message, "fromPlayer"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.fromPlayer);
                    if (message.offerId != null && Object.hasOwnProperty.call(message, "offerId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offerId);
                    if (message.accept != null && Object.hasOwnProperty.call(message, "accept"))
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.accept);
                    return writer;
                };

                /**
                 * Encodes the specified TradeAnswer message, length delimited. Does not implicitly {@link hearth.client.v1.TradeAnswer.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.TradeAnswer
                 * @static
                 * @param {hearth.client.v1.ITradeAnswer} message TradeAnswer message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TradeAnswer.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a TradeAnswer message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.TradeAnswer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.TradeAnswer} TradeAnswer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TradeAnswer.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.TradeAnswer();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.fromPlayer = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.offerId = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.accept = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a TradeAnswer message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.TradeAnswer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.TradeAnswer} TradeAnswer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TradeAnswer.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a TradeAnswer message.
                 * @function verify
                 * @memberof hearth.client.v1.TradeAnswer
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TradeAnswer.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.fromPlayer != null && Object.hasOwnProperty.call(message, "fromPlayer"))
                        if (!$util.isInteger(message.fromPlayer) && !(message.fromPlayer && $util.isInteger(message.fromPlayer.low) && $util.isInteger(message.fromPlayer.high)))
                            return "fromPlayer: integer|Long expected";
                    if (message.offerId != null && Object.hasOwnProperty.call(message, "offerId"))
                        if (!$util.isInteger(message.offerId) && !(message.offerId && $util.isInteger(message.offerId.low) && $util.isInteger(message.offerId.high)))
                            return "offerId: integer|Long expected";
                    if (message.accept != null && Object.hasOwnProperty.call(message, "accept"))
                        if (typeof message.accept !== "boolean")
                            return "accept: boolean expected";
                    return null;
                };

                /**
                 * Creates a TradeAnswer message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.TradeAnswer
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.TradeAnswer} TradeAnswer
                 */
                TradeAnswer.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.TradeAnswer)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.TradeAnswer: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.TradeAnswer();
                    if (object.fromPlayer != null)
                        if ($util.Long)
                            message.fromPlayer = $util.Long.fromValue(object.fromPlayer, true);
                        else if (typeof object.fromPlayer === "string")
                            message.fromPlayer = parseInt(object.fromPlayer, 10);
                        else if (typeof object.fromPlayer === "number")
                            message.fromPlayer = object.fromPlayer;
                        else if (typeof object.fromPlayer === "object")
                            message.fromPlayer = new $util.LongBits(object.fromPlayer.low >>> 0, object.fromPlayer.high >>> 0).toNumber(true);
                    if (object.offerId != null)
                        if ($util.Long)
                            message.offerId = $util.Long.fromValue(object.offerId, true);
                        else if (typeof object.offerId === "string")
                            message.offerId = parseInt(object.offerId, 10);
                        else if (typeof object.offerId === "number")
                            message.offerId = object.offerId;
                        else if (typeof object.offerId === "object")
                            message.offerId = new $util.LongBits(object.offerId.low >>> 0, object.offerId.high >>> 0).toNumber(true);
                    if (object.accept != null)
                        message.accept = Boolean(object.accept);
                    return message;
                };

                /**
                 * Creates a plain object from a TradeAnswer message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.TradeAnswer
                 * @static
                 * @param {hearth.client.v1.TradeAnswer} message TradeAnswer
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TradeAnswer.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.fromPlayer = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.fromPlayer = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.offerId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.offerId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.accept = false;
                    }
                    if (message.fromPlayer != null && Object.hasOwnProperty.call(message, "fromPlayer"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.fromPlayer = typeof message.fromPlayer === "number" ? BigInt(message.fromPlayer) : $util.Long.fromBits(message.fromPlayer.low >>> 0, message.fromPlayer.high >>> 0, true).toBigInt();
                        else if (typeof message.fromPlayer === "number")
                            object.fromPlayer = options.longs === String ? String(message.fromPlayer) : message.fromPlayer;
                        else
                            object.fromPlayer = options.longs === String ? $util.Long.prototype.toString.call(message.fromPlayer) : options.longs === Number ? new $util.LongBits(message.fromPlayer.low >>> 0, message.fromPlayer.high >>> 0).toNumber(true) : message.fromPlayer;
                    if (message.offerId != null && Object.hasOwnProperty.call(message, "offerId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.offerId = typeof message.offerId === "number" ? BigInt(message.offerId) : $util.Long.fromBits(message.offerId.low >>> 0, message.offerId.high >>> 0, true).toBigInt();
                        else if (typeof message.offerId === "number")
                            object.offerId = options.longs === String ? String(message.offerId) : message.offerId;
                        else
                            object.offerId = options.longs === String ? $util.Long.prototype.toString.call(message.offerId) : options.longs === Number ? new $util.LongBits(message.offerId.low >>> 0, message.offerId.high >>> 0).toNumber(true) : message.offerId;
                    if (message.accept != null && Object.hasOwnProperty.call(message, "accept"))
                        object.accept = message.accept;
                    return object;
                };

                /**
                 * Converts this TradeAnswer to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.TradeAnswer
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TradeAnswer.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for TradeAnswer
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.TradeAnswer
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                TradeAnswer.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.TradeAnswer";
                };

                return TradeAnswer;
            })();

            v1.BattleJoin = (function() {

                /**
                 * Properties of a BattleJoin.
                 * @memberof hearth.client.v1
                 * @interface IBattleJoin
                 * @property {number|Long|null} [battleId] BattleJoin battleId
                 */

                /**
                 * Constructs a new BattleJoin.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a BattleJoin.
                 * @implements IBattleJoin
                 * @constructor
                 * @param {hearth.client.v1.IBattleJoin=} [properties] Properties to set
                 */
                function BattleJoin(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * BattleJoin battleId.
                 * @member {number|Long} battleId
                 * @memberof hearth.client.v1.BattleJoin
                 * @instance
                 */
                BattleJoin.prototype.battleId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new BattleJoin instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.BattleJoin
                 * @static
                 * @param {hearth.client.v1.IBattleJoin=} [properties] Properties to set
                 * @returns {hearth.client.v1.BattleJoin} BattleJoin instance
                 */
                BattleJoin.create = function create(properties) {
                    return new BattleJoin(properties);
                };

                /**
                 * Encodes the specified BattleJoin message. Does not implicitly {@link hearth.client.v1.BattleJoin.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.BattleJoin
                 * @static
                 * @param {hearth.client.v1.IBattleJoin} message BattleJoin message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BattleJoin.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.battleId != null && Object.hasOwnProperty.call(message, "battleId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.battleId);
                    return writer;
                };

                /**
                 * Encodes the specified BattleJoin message, length delimited. Does not implicitly {@link hearth.client.v1.BattleJoin.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.BattleJoin
                 * @static
                 * @param {hearth.client.v1.IBattleJoin} message BattleJoin message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BattleJoin.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a BattleJoin message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.BattleJoin
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.BattleJoin} BattleJoin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BattleJoin.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.BattleJoin();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.battleId = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a BattleJoin message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.BattleJoin
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.BattleJoin} BattleJoin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BattleJoin.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a BattleJoin message.
                 * @function verify
                 * @memberof hearth.client.v1.BattleJoin
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                BattleJoin.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.battleId != null && Object.hasOwnProperty.call(message, "battleId"))
                        if (!$util.isInteger(message.battleId) && !(message.battleId && $util.isInteger(message.battleId.low) && $util.isInteger(message.battleId.high)))
                            return "battleId: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a BattleJoin message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.BattleJoin
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.BattleJoin} BattleJoin
                 */
                BattleJoin.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.BattleJoin)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.BattleJoin: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.BattleJoin();
                    if (object.battleId != null)
                        if ($util.Long)
                            message.battleId = $util.Long.fromValue(object.battleId, true);
                        else if (typeof object.battleId === "string")
                            message.battleId = parseInt(object.battleId, 10);
                        else if (typeof object.battleId === "number")
                            message.battleId = object.battleId;
                        else if (typeof object.battleId === "object")
                            message.battleId = new $util.LongBits(object.battleId.low >>> 0, object.battleId.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a BattleJoin message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.BattleJoin
                 * @static
                 * @param {hearth.client.v1.BattleJoin} message BattleJoin
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BattleJoin.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.battleId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.battleId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if (message.battleId != null && Object.hasOwnProperty.call(message, "battleId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.battleId = typeof message.battleId === "number" ? BigInt(message.battleId) : $util.Long.fromBits(message.battleId.low >>> 0, message.battleId.high >>> 0, true).toBigInt();
                        else if (typeof message.battleId === "number")
                            object.battleId = options.longs === String ? String(message.battleId) : message.battleId;
                        else
                            object.battleId = options.longs === String ? $util.Long.prototype.toString.call(message.battleId) : options.longs === Number ? new $util.LongBits(message.battleId.low >>> 0, message.battleId.high >>> 0).toNumber(true) : message.battleId;
                    return object;
                };

                /**
                 * Converts this BattleJoin to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.BattleJoin
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BattleJoin.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for BattleJoin
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.BattleJoin
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                BattleJoin.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.BattleJoin";
                };

                return BattleJoin;
            })();

            v1.BattleAction = (function() {

                /**
                 * Properties of a BattleAction.
                 * @memberof hearth.client.v1
                 * @interface IBattleAction
                 * @property {number|null} [skill] BattleAction skill
                 */

                /**
                 * Constructs a new BattleAction.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a BattleAction.
                 * @implements IBattleAction
                 * @constructor
                 * @param {hearth.client.v1.IBattleAction=} [properties] Properties to set
                 */
                function BattleAction(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * BattleAction skill.
                 * @member {number} skill
                 * @memberof hearth.client.v1.BattleAction
                 * @instance
                 */
                BattleAction.prototype.skill = 0;

                /**
                 * Creates a new BattleAction instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.BattleAction
                 * @static
                 * @param {hearth.client.v1.IBattleAction=} [properties] Properties to set
                 * @returns {hearth.client.v1.BattleAction} BattleAction instance
                 */
                BattleAction.create = function create(properties) {
                    return new BattleAction(properties);
                };

                /**
                 * Encodes the specified BattleAction message. Does not implicitly {@link hearth.client.v1.BattleAction.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.BattleAction
                 * @static
                 * @param {hearth.client.v1.IBattleAction} message BattleAction message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BattleAction.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.skill != null && Object.hasOwnProperty.call(message, "skill"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.skill);
                    return writer;
                };

                /**
                 * Encodes the specified BattleAction message, length delimited. Does not implicitly {@link hearth.client.v1.BattleAction.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.BattleAction
                 * @static
                 * @param {hearth.client.v1.IBattleAction} message BattleAction message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BattleAction.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a BattleAction message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.BattleAction
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.BattleAction} BattleAction
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BattleAction.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.BattleAction();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.skill = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a BattleAction message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.BattleAction
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.BattleAction} BattleAction
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BattleAction.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a BattleAction message.
                 * @function verify
                 * @memberof hearth.client.v1.BattleAction
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                BattleAction.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.skill != null && Object.hasOwnProperty.call(message, "skill"))
                        if (!$util.isInteger(message.skill))
                            return "skill: integer expected";
                    return null;
                };

                /**
                 * Creates a BattleAction message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.BattleAction
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.BattleAction} BattleAction
                 */
                BattleAction.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.BattleAction)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.BattleAction: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.BattleAction();
                    if (object.skill != null)
                        message.skill = object.skill >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a BattleAction message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.BattleAction
                 * @static
                 * @param {hearth.client.v1.BattleAction} message BattleAction
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BattleAction.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.skill = 0;
                    if (message.skill != null && Object.hasOwnProperty.call(message, "skill"))
                        object.skill = message.skill;
                    return object;
                };

                /**
                 * Converts this BattleAction to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.BattleAction
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BattleAction.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for BattleAction
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.BattleAction
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                BattleAction.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.BattleAction";
                };

                return BattleAction;
            })();

            v1.BattleLeave = (function() {

                /**
                 * Properties of a BattleLeave.
                 * @memberof hearth.client.v1
                 * @interface IBattleLeave
                 */

                /**
                 * Constructs a new BattleLeave.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a BattleLeave.
                 * @implements IBattleLeave
                 * @constructor
                 * @param {hearth.client.v1.IBattleLeave=} [properties] Properties to set
                 */
                function BattleLeave(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new BattleLeave instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.BattleLeave
                 * @static
                 * @param {hearth.client.v1.IBattleLeave=} [properties] Properties to set
                 * @returns {hearth.client.v1.BattleLeave} BattleLeave instance
                 */
                BattleLeave.create = function create(properties) {
                    return new BattleLeave(properties);
                };

                /**
                 * Encodes the specified BattleLeave message. Does not implicitly {@link hearth.client.v1.BattleLeave.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.BattleLeave
                 * @static
                 * @param {hearth.client.v1.IBattleLeave} message BattleLeave message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BattleLeave.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Encodes the specified BattleLeave message, length delimited. Does not implicitly {@link hearth.client.v1.BattleLeave.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.BattleLeave
                 * @static
                 * @param {hearth.client.v1.IBattleLeave} message BattleLeave message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BattleLeave.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a BattleLeave message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.BattleLeave
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.BattleLeave} BattleLeave
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BattleLeave.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.BattleLeave();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a BattleLeave message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.BattleLeave
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.BattleLeave} BattleLeave
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BattleLeave.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a BattleLeave message.
                 * @function verify
                 * @memberof hearth.client.v1.BattleLeave
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                BattleLeave.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    return null;
                };

                /**
                 * Creates a BattleLeave message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.BattleLeave
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.BattleLeave} BattleLeave
                 */
                BattleLeave.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.BattleLeave)
                        return object;
                    return new $root.hearth.client.v1.BattleLeave();
                };

                /**
                 * Creates a plain object from a BattleLeave message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.BattleLeave
                 * @static
                 * @param {hearth.client.v1.BattleLeave} message BattleLeave
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BattleLeave.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this BattleLeave to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.BattleLeave
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BattleLeave.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for BattleLeave
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.BattleLeave
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                BattleLeave.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.BattleLeave";
                };

                return BattleLeave;
            })();

            v1.Inventory = (function() {

                /**
                 * Properties of an Inventory.
                 * @memberof hearth.client.v1
                 * @interface IInventory
                 */

                /**
                 * Constructs a new Inventory.
                 * @memberof hearth.client.v1
                 * @classdesc Represents an Inventory.
                 * @implements IInventory
                 * @constructor
                 * @param {hearth.client.v1.IInventory=} [properties] Properties to set
                 */
                function Inventory(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new Inventory instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Inventory
                 * @static
                 * @param {hearth.client.v1.IInventory=} [properties] Properties to set
                 * @returns {hearth.client.v1.Inventory} Inventory instance
                 */
                Inventory.create = function create(properties) {
                    return new Inventory(properties);
                };

                /**
                 * Encodes the specified Inventory message. Does not implicitly {@link hearth.client.v1.Inventory.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Inventory
                 * @static
                 * @param {hearth.client.v1.IInventory} message Inventory message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Inventory.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Encodes the specified Inventory message, length delimited. Does not implicitly {@link hearth.client.v1.Inventory.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Inventory
                 * @static
                 * @param {hearth.client.v1.IInventory} message Inventory message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Inventory.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes an Inventory message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Inventory
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Inventory} Inventory
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Inventory.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Inventory();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes an Inventory message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Inventory
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Inventory} Inventory
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Inventory.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies an Inventory message.
                 * @function verify
                 * @memberof hearth.client.v1.Inventory
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Inventory.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    return null;
                };

                /**
                 * Creates an Inventory message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Inventory
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Inventory} Inventory
                 */
                Inventory.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Inventory)
                        return object;
                    return new $root.hearth.client.v1.Inventory();
                };

                /**
                 * Creates a plain object from an Inventory message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Inventory
                 * @static
                 * @param {hearth.client.v1.Inventory} message Inventory
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Inventory.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this Inventory to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Inventory
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Inventory.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Inventory
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Inventory
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Inventory.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Inventory";
                };

                return Inventory;
            })();

            v1.Welcome = (function() {

                /**
                 * Properties of a Welcome.
                 * @memberof hearth.client.v1
                 * @interface IWelcome
                 * @property {number|null} [protocolVersion] Welcome protocolVersion
                 * @property {number|null} [frameBytesMax] Welcome frameBytesMax
                 * @property {number|null} [requestsPerS] Welcome requestsPerS
                 */

                /**
                 * Constructs a new Welcome.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a Welcome.
                 * @implements IWelcome
                 * @constructor
                 * @param {hearth.client.v1.IWelcome=} [properties] Properties to set
                 */
                function Welcome(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Welcome protocolVersion.
                 * @member {number} protocolVersion
                 * @memberof hearth.client.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.protocolVersion = 0;

                /**
                 * Welcome frameBytesMax.
                 * @member {number} frameBytesMax
                 * @memberof hearth.client.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.frameBytesMax = 0;

                /**
                 * Welcome requestsPerS.
                 * @member {number} requestsPerS
                 * @memberof hearth.client.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.requestsPerS = 0;

                /**
                 * Creates a new Welcome instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Welcome
                 * @static
                 * @param {hearth.client.v1.IWelcome=} [properties] Properties to set
                 * @returns {hearth.client.v1.Welcome} Welcome instance
                 */
                Welcome.create = function create(properties) {
                    return new Welcome(properties);
                };

                /**
                 * Encodes the specified Welcome message. Does not implicitly {@link hearth.client.v1.Welcome.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Welcome
                 * @static
                 * @param {hearth.client.v1.IWelcome} message Welcome message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Welcome.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                    if (message.frameBytesMax != null && Object.hasOwnProperty.call(message, "frameBytesMax"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.frameBytesMax);
                    if (message.requestsPerS != null && Object.hasOwnProperty.call(message, "requestsPerS"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.requestsPerS);
                    return writer;
                };

                /**
                 * Encodes the specified Welcome message, length delimited. Does not implicitly {@link hearth.client.v1.Welcome.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Welcome
                 * @static
                 * @param {hearth.client.v1.IWelcome} message Welcome message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Welcome.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a Welcome message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Welcome
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Welcome} Welcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Welcome.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Welcome();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.protocolVersion = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.frameBytesMax = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.requestsPerS = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a Welcome message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Welcome
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Welcome} Welcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Welcome.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a Welcome message.
                 * @function verify
                 * @memberof hearth.client.v1.Welcome
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Welcome.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                        if (!$util.isInteger(message.protocolVersion))
                            return "protocolVersion: integer expected";
                    if (message.frameBytesMax != null && Object.hasOwnProperty.call(message, "frameBytesMax"))
                        if (!$util.isInteger(message.frameBytesMax))
                            return "frameBytesMax: integer expected";
                    if (message.requestsPerS != null && Object.hasOwnProperty.call(message, "requestsPerS"))
                        if (!$util.isInteger(message.requestsPerS))
                            return "requestsPerS: integer expected";
                    return null;
                };

                /**
                 * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Welcome
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Welcome} Welcome
                 */
                Welcome.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Welcome)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.Welcome: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.Welcome();
                    if (object.protocolVersion != null)
                        message.protocolVersion = object.protocolVersion >>> 0;
                    if (object.frameBytesMax != null)
                        message.frameBytesMax = object.frameBytesMax >>> 0;
                    if (object.requestsPerS != null)
                        message.requestsPerS = object.requestsPerS >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Welcome message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Welcome
                 * @static
                 * @param {hearth.client.v1.Welcome} message Welcome
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Welcome.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.protocolVersion = 0;
                        object.frameBytesMax = 0;
                        object.requestsPerS = 0;
                    }
                    if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                        object.protocolVersion = message.protocolVersion;
                    if (message.frameBytesMax != null && Object.hasOwnProperty.call(message, "frameBytesMax"))
                        object.frameBytesMax = message.frameBytesMax;
                    if (message.requestsPerS != null && Object.hasOwnProperty.call(message, "requestsPerS"))
                        object.requestsPerS = message.requestsPerS;
                    return object;
                };

                /**
                 * Converts this Welcome to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Welcome
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Welcome.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Welcome
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Welcome
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Welcome.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Welcome";
                };

                return Welcome;
            })();

            v1.LoginOk = (function() {

                /**
                 * Properties of a LoginOk.
                 * @memberof hearth.client.v1
                 * @interface ILoginOk
                 * @property {number|Long|null} [playerId] LoginOk playerId
                 * @property {Uint8Array|null} [sessionToken] LoginOk sessionToken
                 * @property {boolean|null} [resumed] LoginOk resumed
                 * @property {number|Long|null} [resendFrom] LoginOk resendFrom
                 */

                /**
                 * Constructs a new LoginOk.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a LoginOk.
                 * @implements ILoginOk
                 * @constructor
                 * @param {hearth.client.v1.ILoginOk=} [properties] Properties to set
                 */
                function LoginOk(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * LoginOk playerId.
                 * @member {number|Long} playerId
                 * @memberof hearth.client.v1.LoginOk
                 * @instance
                 */
                LoginOk.prototype.playerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * LoginOk sessionToken.
                 * @member {Uint8Array} sessionToken
                 * @memberof hearth.client.v1.LoginOk
                 * @instance
                 */
                LoginOk.prototype.sessionToken = $util.newBuffer([]);

                /**
                 * LoginOk resumed.
                 * @member {boolean} resumed
                 * @memberof hearth.client.v1.LoginOk
                 * @instance
                 */
                LoginOk.prototype.resumed = false;

                /**
                 * LoginOk resendFrom.
                 * @member {number|Long} resendFrom
                 * @memberof hearth.client.v1.LoginOk
                 * @instance
                 */
                LoginOk.prototype.resendFrom = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new LoginOk instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.LoginOk
                 * @static
                 * @param {hearth.client.v1.ILoginOk=} [properties] Properties to set
                 * @returns {hearth.client.v1.LoginOk} LoginOk instance
                 */
                LoginOk.create = function create(properties) {
                    return new LoginOk(properties);
                };

                /**
                 * Encodes the specified LoginOk message. Does not implicitly {@link hearth.client.v1.LoginOk.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.LoginOk
                 * @static
                 * @param {hearth.client.v1.ILoginOk} message LoginOk message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LoginOk.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.playerId != null && Object.hasOwnProperty.call(message, "playerId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.playerId);
                    if (message.sessionToken != null && Object.hasOwnProperty.call(message, "sessionToken"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.sessionToken);
                    if (message.resumed != null && Object.hasOwnProperty.call(message, "resumed"))
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.resumed);
                    if (message.resendFrom != null && Object.hasOwnProperty.call(message, "resendFrom"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.resendFrom);
                    return writer;
                };

                /**
                 * Encodes the specified LoginOk message, length delimited. Does not implicitly {@link hearth.client.v1.LoginOk.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.LoginOk
                 * @static
                 * @param {hearth.client.v1.ILoginOk} message LoginOk message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LoginOk.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a LoginOk message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.LoginOk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.LoginOk} LoginOk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LoginOk.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.LoginOk();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.playerId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.sessionToken = reader.bytes();
                                break;
                            }
                        case 3: {
                                message.resumed = reader.bool();
                                break;
                            }
                        case 4: {
                                message.resendFrom = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a LoginOk message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.LoginOk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.LoginOk} LoginOk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LoginOk.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a LoginOk message.
                 * @function verify
                 * @memberof hearth.client.v1.LoginOk
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                LoginOk.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.playerId != null && Object.hasOwnProperty.call(message, "playerId"))
                        if (!$util.isInteger(message.playerId) && !(message.playerId && $util.isInteger(message.playerId.low) && $util.isInteger(message.playerId.high)))
                            return "playerId: integer|Long expected";
                    if (message.sessionToken != null && Object.hasOwnProperty.call(message, "sessionToken"))
                        if (!(message.sessionToken && typeof message.sessionToken.length === "number" || $util.isString(message.sessionToken)))
                            return "sessionToken: buffer expected";
                    if (message.resumed != null && Object.hasOwnProperty.call(message, "resumed"))
                        if (typeof message.resumed !== "boolean")
                            return "resumed: boolean expected";
                    if (message.resendFrom != null && Object.hasOwnProperty.call(message, "resendFrom"))
                        if (!$util.isInteger(message.resendFrom) && !(message.resendFrom && $util.isInteger(message.resendFrom.low) && $util.isInteger(message.resendFrom.high)))
                            return "resendFrom: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a LoginOk message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.LoginOk
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.LoginOk} LoginOk
                 */
                LoginOk.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.LoginOk)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.LoginOk: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.LoginOk();
                    if (object.playerId != null)
                        if ($util.Long)
                            message.playerId = $util.Long.fromValue(object.playerId, true);
                        else if (typeof object.playerId === "string")
                            message.playerId = parseInt(object.playerId, 10);
                        else if (typeof object.playerId === "number")
                            message.playerId = object.playerId;
                        else if (typeof object.playerId === "object")
                            message.playerId = new $util.LongBits(object.playerId.low >>> 0, object.playerId.high >>> 0).toNumber(true);
                    if (object.sessionToken != null)
                        if (typeof object.sessionToken === "string")
                            $util.base64.decode(object.sessionToken, message.sessionToken = $util.newBuffer($util.base64.length(object.sessionToken)), 0);
                        else if (object.sessionToken.length >= 0)
                            message.sessionToken = object.sessionToken;
                    if (object.resumed != null)
                        message.resumed = Boolean(object.resumed);
                    if (object.resendFrom != null)
                        if ($util.Long)
                            message.resendFrom = $util.Long.fromValue(object.resendFrom, true);
                        else if (typeof object.resendFrom === "string")
                            message.resendFrom = parseInt(object.resendFrom, 10);
                        else if (typeof object.resendFrom === "number")
                            message.resendFrom = object.resendFrom;
                        else if (typeof object.resendFrom === "object")
                            message.resendFrom = new $util.LongBits(object.resendFrom.low >>> 0, object.resendFrom.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a LoginOk message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.LoginOk
                 * @static
                 * @param {hearth.client.v1.LoginOk} message LoginOk
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                LoginOk.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.playerId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.playerId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if (options.bytes === String)
                            object.sessionToken = "";
                        else {
                            object.sessionToken = [];
                            if (options.bytes !== Array)
                                object.sessionToken = $util.newBuffer(object.sessionToken);
                        }
                        object.resumed = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.resendFrom = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.resendFrom = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (message.playerId != null && Object.hasOwnProperty.call(message, "playerId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.playerId = typeof message.playerId === "number" ? BigInt(message.playerId) : $util.Long.fromBits(message.playerId.low >>> 0, message.playerId.high >>> 0, true).toBigInt();
                        else if (typeof message.playerId === "number")
                            object.playerId = options.longs === String ? String(message.playerId) : message.playerId;
                        else
                            object.playerId = options.longs === String ? $util.Long.prototype.toString.call(message.playerId) : options.longs === Number ? new $util.LongBits(message.playerId.low >>> 0, message.playerId.high >>> 0).toNumber(true) : message.playerId;
                    if (message.sessionToken != null && Object.hasOwnProperty.call(message, "sessionToken"))
                        object.sessionToken = options.bytes === String ? $util.base64.encode(message.sessionToken, 0, message.sessionToken.length) : options.bytes === Array ? Array.prototype.slice.call(message.sessionToken) : message.sessionToken;
                    if (message.resumed != null && Object.hasOwnProperty.call(message, "resumed"))
                        object.resumed = message.resumed;
                    if (message.resendFrom != null && Object.hasOwnProperty.call(message, "resendFrom"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.resendFrom = typeof message.resendFrom === "number" ? BigInt(message.resendFrom) : $util.Long.fromBits(message.resendFrom.low >>> 0, message.resendFrom.high >>> 0, true).toBigInt();
                        else if (typeof message.resendFrom === "number")
                            object.resendFrom = options.longs === String ? String(message.resendFrom) : message.resendFrom;
                        else
                            object.resendFrom = options.longs === String ? $util.Long.prototype.toString.call(message.resendFrom) : options.longs === Number ? new $util.LongBits(message.resendFrom.low >>> 0, message.resendFrom.high >>> 0).toNumber(true) : message.resendFrom;
                    return object;
                };

                /**
                 * Converts this LoginOk to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.LoginOk
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                LoginOk.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for LoginOk
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.LoginOk
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                LoginOk.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.LoginOk";
                };

                return LoginOk;
            })();

            v1.Reply = (function() {

                /**
                 * Properties of a Reply.
                 * @memberof hearth.client.v1
                 * @interface IReply
                 * @property {number|Long|null} [id] Reply id
                 * @property {number|Long|null} [seq] Reply seq
                 * @property {hearth.client.v1.IEcho|null} [echo] Reply echo
                 * @property {hearth.client.v1.IMoved|null} [moved] Reply moved
                 * @property {hearth.client.v1.IDone|null} [done] Reply done
                 * @property {hearth.client.v1.IHeavyResult|null} [heavy] Reply heavy
                 * @property {hearth.client.v1.ITradeOpened|null} [tradeOpened] Reply tradeOpened
                 * @property {hearth.client.v1.IBattleJoined|null} [battleJoined] Reply battleJoined
                 * @property {hearth.client.v1.IBattleHit|null} [battleHit] Reply battleHit
                 * @property {hearth.client.v1.IInventoryState|null} [inventory] Reply inventory
                 * @property {hearth.client.v1.IGuildState|null} [guild] Reply guild
                 */

                /**
                 * Constructs a new Reply.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a Reply.
                 * @implements IReply
                 * @constructor
                 * @param {hearth.client.v1.IReply=} [properties] Properties to set
                 */
                function Reply(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Reply id.
                 * @member {number|Long} id
                 * @memberof hearth.client.v1.Reply
                 * @instance
                 */
                Reply.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Reply seq.
                 * @member {number|Long} seq
                 * @memberof hearth.client.v1.Reply
                 * @instance
                 */
                Reply.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Reply echo.
                 * @member {hearth.client.v1.IEcho|null|undefined} echo
                 * @memberof hearth.client.v1.Reply
                 * @instance
                 */
                Reply.prototype.echo = null;

                /**
                 * Reply moved.
                 * @member {hearth.client.v1.IMoved|null|undefined} moved
                 * @memberof hearth.client.v1.Reply
                 * @instance
                 */
                Reply.prototype.moved = null;

                /**
                 * Reply done.
                 * @member {hearth.client.v1.IDone|null|undefined} done
                 * @memberof hearth.client.v1.Reply
                 * @instance
                 */
                Reply.prototype.done = null;

                /**
                 * Reply heavy.
                 * @member {hearth.client.v1.IHeavyResult|null|undefined} heavy
                 * @memberof hearth.client.v1.Reply
                 * @instance
                 */
                Reply.prototype.heavy = null;

                /**
                 * Reply tradeOpened.
                 * @member {hearth.client.v1.ITradeOpened|null|undefined} tradeOpened
                 * @memberof hearth.client.v1.Reply
                 * @instance
                 */
                Reply.prototype.tradeOpened = null;

                /**
                 * Reply battleJoined.
                 * @member {hearth.client.v1.IBattleJoined|null|undefined} battleJoined
                 * @memberof hearth.client.v1.Reply
                 * @instance
                 */
                Reply.prototype.battleJoined = null;

                /**
                 * Reply battleHit.
                 * @member {hearth.client.v1.IBattleHit|null|undefined} battleHit
                 * @memberof hearth.client.v1.Reply
                 * @instance
                 */
                Reply.prototype.battleHit = null;

                /**
                 * Reply inventory.
                 * @member {hearth.client.v1.IInventoryState|null|undefined} inventory
                 * @memberof hearth.client.v1.Reply
                 * @instance
                 */
                Reply.prototype.inventory = null;

                /**
                 * Reply guild.
                 * @member {hearth.client.v1.IGuildState|null|undefined} guild
                 * @memberof hearth.client.v1.Reply
                 * @instance
                 */
                Reply.prototype.guild = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Reply body.
                 * @member {"echo"|"moved"|"done"|"heavy"|"tradeOpened"|"battleJoined"|"battleHit"|"inventory"|"guild"|undefined} body
                 * @memberof hearth.client.v1.Reply
                 * @instance
                 */
                Object.defineProperty(Reply.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["echo", "moved", "done", "heavy", "tradeOpened", "battleJoined", "battleHit", "inventory", "guild"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Reply instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Reply
                 * @static
                 * @param {hearth.client.v1.IReply=} [properties] Properties to set
                 * @returns {hearth.client.v1.Reply} Reply instance
                 */
                Reply.create = function create(properties) {
                    return new Reply(properties);
                };

                /**
                 * Encodes the specified Reply message. Does not implicitly {@link hearth.client.v1.Reply.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Reply
                 * @static
                 * @param {hearth.client.v1.IReply} message Reply message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Reply.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                    if (message.echo != null && Object.hasOwnProperty.call(message, "echo"))
                        $root.hearth.client.v1.Echo.encode(message.echo, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.moved != null && Object.hasOwnProperty.call(message, "moved"))
                        $root.hearth.client.v1.Moved.encode(message.moved, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.done != null && Object.hasOwnProperty.call(message, "done"))
                        $root.hearth.client.v1.Done.encode(message.done, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (message.heavy != null && Object.hasOwnProperty.call(message, "heavy"))
                        $root.hearth.client.v1.HeavyResult.encode(message.heavy, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    if (message.tradeOpened != null && Object.hasOwnProperty.call(message, "tradeOpened"))
                        $root.hearth.client.v1.TradeOpened.encode(message.tradeOpened, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                    if (message.battleJoined != null && Object.hasOwnProperty.call(message, "battleJoined"))
                        $root.hearth.client.v1.BattleJoined.encode(message.battleJoined, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                    if (message.battleHit != null && Object.hasOwnProperty.call(message, "battleHit"))
                        $root.hearth.client.v1.BattleHit.encode(message.battleHit, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                    if (message.inventory != null && Object.hasOwnProperty.call(message, "inventory"))
                        $root.hearth.client.v1.InventoryState.encode(message.inventory, writer.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                    if (message.guild != null && Object.hasOwnProperty.call(message, "guild"))
                        $root.hearth.client.v1.GuildState.encode(message.guild, writer.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Encodes the specified Reply message, length delimited. Does not implicitly {@link hearth.client.v1.Reply.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Reply
                 * @static
                 * @param {hearth.client.v1.IReply} message Reply message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Reply.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a Reply message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Reply
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Reply} Reply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Reply.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Reply();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.seq = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.echo = $root.hearth.client.v1.Echo.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.moved = $root.hearth.client.v1.Moved.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 5: {
                                message.done = $root.hearth.client.v1.Done.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 6: {
                                message.heavy = $root.hearth.client.v1.HeavyResult.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 7: {
                                message.tradeOpened = $root.hearth.client.v1.TradeOpened.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 8: {
                                message.battleJoined = $root.hearth.client.v1.BattleJoined.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 9: {
                                message.battleHit = $root.hearth.client.v1.BattleHit.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 21: {
                                message.inventory = $root.hearth.client.v1.InventoryState.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 22: {
                                message.guild = $root.hearth.client.v1.GuildState.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a Reply message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Reply
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Reply} Reply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Reply.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a Reply message.
                 * @function verify
                 * @memberof hearth.client.v1.Reply
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Reply.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    let properties = {};
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                            return "id: integer|Long expected";
                    if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                        if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                            return "seq: integer|Long expected";
                    if (message.echo != null && Object.hasOwnProperty.call(message, "echo")) {
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.Echo.verify(message.echo, long + 1);
                            if (error)
                                return "echo." + error;
                        }
                    }
                    if (message.moved != null && Object.hasOwnProperty.call(message, "moved")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.Moved.verify(message.moved, long + 1);
                            if (error)
                                return "moved." + error;
                        }
                    }
                    if (message.done != null && Object.hasOwnProperty.call(message, "done")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.Done.verify(message.done, long + 1);
                            if (error)
                                return "done." + error;
                        }
                    }
                    if (message.heavy != null && Object.hasOwnProperty.call(message, "heavy")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.HeavyResult.verify(message.heavy, long + 1);
                            if (error)
                                return "heavy." + error;
                        }
                    }
                    if (message.tradeOpened != null && Object.hasOwnProperty.call(message, "tradeOpened")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.TradeOpened.verify(message.tradeOpened, long + 1);
                            if (error)
                                return "tradeOpened." + error;
                        }
                    }
                    if (message.battleJoined != null && Object.hasOwnProperty.call(message, "battleJoined")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.BattleJoined.verify(message.battleJoined, long + 1);
                            if (error)
                                return "battleJoined." + error;
                        }
                    }
                    if (message.battleHit != null && Object.hasOwnProperty.call(message, "battleHit")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.BattleHit.verify(message.battleHit, long + 1);
                            if (error)
                                return "battleHit." + error;
                        }
                    }
                    if (message.inventory != null && Object.hasOwnProperty.call(message, "inventory")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.InventoryState.verify(message.inventory, long + 1);
                            if (error)
                                return "inventory." + error;
                        }
                    }
                    if (message.guild != null && Object.hasOwnProperty.call(message, "guild")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.GuildState.verify(message.guild, long + 1);
                            if (error)
                                return "guild." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a Reply message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Reply
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Reply} Reply
                 */
                Reply.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Reply)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.Reply: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.Reply();
                    if (object.id != null)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    if (object.seq != null)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                    if (object.echo != null) {
                        if (!$util.isObject(object.echo))
                            throw TypeError(".hearth.client.v1.Reply.echo: object expected");
                        message.echo = $root.hearth.client.v1.Echo.fromObject(object.echo, long + 1);
                    }
                    if (object.moved != null) {
                        if (!$util.isObject(object.moved))
                            throw TypeError(".hearth.client.v1.Reply.moved: object expected");
                        message.moved = $root.hearth.client.v1.Moved.fromObject(object.moved, long + 1);
                    }
                    if (object.done != null) {
                        if (!$util.isObject(object.done))
                            throw TypeError(".hearth.client.v1.Reply.done: object expected");
                        message.done = $root.hearth.client.v1.Done.fromObject(object.done, long + 1);
                    }
                    if (object.heavy != null) {
                        if (!$util.isObject(object.heavy))
                            throw TypeError(".hearth.client.v1.Reply.heavy: object expected");
                        message.heavy = $root.hearth.client.v1.HeavyResult.fromObject(object.heavy, long + 1);
                    }
                    if (object.tradeOpened != null) {
                        if (!$util.isObject(object.tradeOpened))
                            throw TypeError(".hearth.client.v1.Reply.tradeOpened: object expected");
                        message.tradeOpened = $root.hearth.client.v1.TradeOpened.fromObject(object.tradeOpened, long + 1);
                    }
                    if (object.battleJoined != null) {
                        if (!$util.isObject(object.battleJoined))
                            throw TypeError(".hearth.client.v1.Reply.battleJoined: object expected");
                        message.battleJoined = $root.hearth.client.v1.BattleJoined.fromObject(object.battleJoined, long + 1);
                    }
                    if (object.battleHit != null) {
                        if (!$util.isObject(object.battleHit))
                            throw TypeError(".hearth.client.v1.Reply.battleHit: object expected");
                        message.battleHit = $root.hearth.client.v1.BattleHit.fromObject(object.battleHit, long + 1);
                    }
                    if (object.inventory != null) {
                        if (!$util.isObject(object.inventory))
                            throw TypeError(".hearth.client.v1.Reply.inventory: object expected");
                        message.inventory = $root.hearth.client.v1.InventoryState.fromObject(object.inventory, long + 1);
                    }
                    if (object.guild != null) {
                        if (!$util.isObject(object.guild))
                            throw TypeError(".hearth.client.v1.Reply.guild: object expected");
                        message.guild = $root.hearth.client.v1.GuildState.fromObject(object.guild, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Reply message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Reply
                 * @static
                 * @param {hearth.client.v1.Reply} message Reply
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Reply.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.seq = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.seq = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.id = typeof message.id === "number" ? BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === String ? String(message.id) : message.id;
                        else
                            object.id = options.longs === String ? $util.Long.prototype.toString.call(message.id) : options.longs === Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.seq = typeof message.seq === "number" ? BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                        else if (typeof message.seq === "number")
                            object.seq = options.longs === String ? String(message.seq) : message.seq;
                        else
                            object.seq = options.longs === String ? $util.Long.prototype.toString.call(message.seq) : options.longs === Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                    if (message.echo != null && Object.hasOwnProperty.call(message, "echo")) {
                        object.echo = $root.hearth.client.v1.Echo.toObject(message.echo, options, q + 1);
                        if (options.oneofs)
                            object.body = "echo";
                    }
                    if (message.moved != null && Object.hasOwnProperty.call(message, "moved")) {
                        object.moved = $root.hearth.client.v1.Moved.toObject(message.moved, options, q + 1);
                        if (options.oneofs)
                            object.body = "moved";
                    }
                    if (message.done != null && Object.hasOwnProperty.call(message, "done")) {
                        object.done = $root.hearth.client.v1.Done.toObject(message.done, options, q + 1);
                        if (options.oneofs)
                            object.body = "done";
                    }
                    if (message.heavy != null && Object.hasOwnProperty.call(message, "heavy")) {
                        object.heavy = $root.hearth.client.v1.HeavyResult.toObject(message.heavy, options, q + 1);
                        if (options.oneofs)
                            object.body = "heavy";
                    }
                    if (message.tradeOpened != null && Object.hasOwnProperty.call(message, "tradeOpened")) {
                        object.tradeOpened = $root.hearth.client.v1.TradeOpened.toObject(message.tradeOpened, options, q + 1);
                        if (options.oneofs)
                            object.body = "tradeOpened";
                    }
                    if (message.battleJoined != null && Object.hasOwnProperty.call(message, "battleJoined")) {
                        object.battleJoined = $root.hearth.client.v1.BattleJoined.toObject(message.battleJoined, options, q + 1);
                        if (options.oneofs)
                            object.body = "battleJoined";
                    }
                    if (message.battleHit != null && Object.hasOwnProperty.call(message, "battleHit")) {
                        object.battleHit = $root.hearth.client.v1.BattleHit.toObject(message.battleHit, options, q + 1);
                        if (options.oneofs)
                            object.body = "battleHit";
                    }
                    if (message.inventory != null && Object.hasOwnProperty.call(message, "inventory")) {
                        object.inventory = $root.hearth.client.v1.InventoryState.toObject(message.inventory, options, q + 1);
                        if (options.oneofs)
                            object.body = "inventory";
                    }
                    if (message.guild != null && Object.hasOwnProperty.call(message, "guild")) {
                        object.guild = $root.hearth.client.v1.GuildState.toObject(message.guild, options, q + 1);
                        if (options.oneofs)
                            object.body = "guild";
                    }
                    return object;
                };

                /**
                 * Converts this Reply to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Reply
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Reply.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Reply
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Reply
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Reply.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Reply";
                };

                return Reply;
            })();

            v1.UseItem = (function() {

                /**
                 * Properties of a UseItem.
                 * @memberof hearth.client.v1
                 * @interface IUseItem
                 * @property {number|null} [item] UseItem item
                 * @property {number|null} [count] UseItem count
                 */

                /**
                 * Constructs a new UseItem.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a UseItem.
                 * @implements IUseItem
                 * @constructor
                 * @param {hearth.client.v1.IUseItem=} [properties] Properties to set
                 */
                function UseItem(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * UseItem item.
                 * @member {number} item
                 * @memberof hearth.client.v1.UseItem
                 * @instance
                 */
                UseItem.prototype.item = 0;

                /**
                 * UseItem count.
                 * @member {number} count
                 * @memberof hearth.client.v1.UseItem
                 * @instance
                 */
                UseItem.prototype.count = 0;

                /**
                 * Creates a new UseItem instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.UseItem
                 * @static
                 * @param {hearth.client.v1.IUseItem=} [properties] Properties to set
                 * @returns {hearth.client.v1.UseItem} UseItem instance
                 */
                UseItem.create = function create(properties) {
                    return new UseItem(properties);
                };

                /**
                 * Encodes the specified UseItem message. Does not implicitly {@link hearth.client.v1.UseItem.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.UseItem
                 * @static
                 * @param {hearth.client.v1.IUseItem} message UseItem message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UseItem.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.item != null && Object.hasOwnProperty.call(message, "item"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.item);
                    if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.count);
                    return writer;
                };

                /**
                 * Encodes the specified UseItem message, length delimited. Does not implicitly {@link hearth.client.v1.UseItem.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.UseItem
                 * @static
                 * @param {hearth.client.v1.IUseItem} message UseItem message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UseItem.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a UseItem message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.UseItem
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.UseItem} UseItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UseItem.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.UseItem();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.item = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.count = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a UseItem message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.UseItem
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.UseItem} UseItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UseItem.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a UseItem message.
                 * @function verify
                 * @memberof hearth.client.v1.UseItem
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                UseItem.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.item != null && Object.hasOwnProperty.call(message, "item"))
                        if (!$util.isInteger(message.item))
                            return "item: integer expected";
                    if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                        if (!$util.isInteger(message.count))
                            return "count: integer expected";
                    return null;
                };

                /**
                 * Creates a UseItem message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.UseItem
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.UseItem} UseItem
                 */
                UseItem.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.UseItem)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.UseItem: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.UseItem();
                    if (object.item != null)
                        message.item = object.item >>> 0;
                    if (object.count != null)
                        message.count = object.count >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a UseItem message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.UseItem
                 * @static
                 * @param {hearth.client.v1.UseItem} message UseItem
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                UseItem.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.item = 0;
                        object.count = 0;
                    }
                    if (message.item != null && Object.hasOwnProperty.call(message, "item"))
                        object.item = message.item;
                    if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                        object.count = message.count;
                    return object;
                };

                /**
                 * Converts this UseItem to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.UseItem
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                UseItem.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for UseItem
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.UseItem
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                UseItem.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.UseItem";
                };

                return UseItem;
            })();

            v1.ItemStack = (function() {

                /**
                 * Properties of an ItemStack.
                 * @memberof hearth.client.v1
                 * @interface IItemStack
                 * @property {number|null} [item] ItemStack item
                 * @property {number|null} [count] ItemStack count
                 */

                /**
                 * Constructs a new ItemStack.
                 * @memberof hearth.client.v1
                 * @classdesc Represents an ItemStack.
                 * @implements IItemStack
                 * @constructor
                 * @param {hearth.client.v1.IItemStack=} [properties] Properties to set
                 */
                function ItemStack(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ItemStack item.
                 * @member {number} item
                 * @memberof hearth.client.v1.ItemStack
                 * @instance
                 */
                ItemStack.prototype.item = 0;

                /**
                 * ItemStack count.
                 * @member {number} count
                 * @memberof hearth.client.v1.ItemStack
                 * @instance
                 */
                ItemStack.prototype.count = 0;

                /**
                 * Creates a new ItemStack instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.ItemStack
                 * @static
                 * @param {hearth.client.v1.IItemStack=} [properties] Properties to set
                 * @returns {hearth.client.v1.ItemStack} ItemStack instance
                 */
                ItemStack.create = function create(properties) {
                    return new ItemStack(properties);
                };

                /**
                 * Encodes the specified ItemStack message. Does not implicitly {@link hearth.client.v1.ItemStack.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.ItemStack
                 * @static
                 * @param {hearth.client.v1.IItemStack} message ItemStack message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ItemStack.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.item != null && Object.hasOwnProperty.call(message, "item"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.item);
                    if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.count);
                    return writer;
                };

                /**
                 * Encodes the specified ItemStack message, length delimited. Does not implicitly {@link hearth.client.v1.ItemStack.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.ItemStack
                 * @static
                 * @param {hearth.client.v1.IItemStack} message ItemStack message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ItemStack.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes an ItemStack message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.ItemStack
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.ItemStack} ItemStack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ItemStack.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.ItemStack();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.item = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.count = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes an ItemStack message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.ItemStack
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.ItemStack} ItemStack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ItemStack.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies an ItemStack message.
                 * @function verify
                 * @memberof hearth.client.v1.ItemStack
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ItemStack.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.item != null && Object.hasOwnProperty.call(message, "item"))
                        if (!$util.isInteger(message.item))
                            return "item: integer expected";
                    if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                        if (!$util.isInteger(message.count))
                            return "count: integer expected";
                    return null;
                };

                /**
                 * Creates an ItemStack message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.ItemStack
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.ItemStack} ItemStack
                 */
                ItemStack.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.ItemStack)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.ItemStack: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.ItemStack();
                    if (object.item != null)
                        message.item = object.item >>> 0;
                    if (object.count != null)
                        message.count = object.count >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from an ItemStack message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.ItemStack
                 * @static
                 * @param {hearth.client.v1.ItemStack} message ItemStack
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ItemStack.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.item = 0;
                        object.count = 0;
                    }
                    if (message.item != null && Object.hasOwnProperty.call(message, "item"))
                        object.item = message.item;
                    if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                        object.count = message.count;
                    return object;
                };

                /**
                 * Converts this ItemStack to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.ItemStack
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ItemStack.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ItemStack
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.ItemStack
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ItemStack.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.ItemStack";
                };

                return ItemStack;
            })();

            v1.InventoryState = (function() {

                /**
                 * Properties of an InventoryState.
                 * @memberof hearth.client.v1
                 * @interface IInventoryState
                 * @property {number|Long|null} [gold] InventoryState gold
                 * @property {number|Long|null} [xp] InventoryState xp
                 * @property {number|null} [level] InventoryState level
                 * @property {number|null} [x] InventoryState x
                 * @property {number|null} [y] InventoryState y
                 * @property {Array.<hearth.client.v1.IItemStack>|null} [items] InventoryState items
                 * @property {number|Long|null} [guild] InventoryState guild
                 * @property {number|Long|null} [team] InventoryState team
                 */

                /**
                 * Constructs a new InventoryState.
                 * @memberof hearth.client.v1
                 * @classdesc Represents an InventoryState.
                 * @implements IInventoryState
                 * @constructor
                 * @param {hearth.client.v1.IInventoryState=} [properties] Properties to set
                 */
                function InventoryState(properties) {
                    this.items = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * InventoryState gold.
                 * @member {number|Long} gold
                 * @memberof hearth.client.v1.InventoryState
                 * @instance
                 */
                InventoryState.prototype.gold = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * InventoryState xp.
                 * @member {number|Long} xp
                 * @memberof hearth.client.v1.InventoryState
                 * @instance
                 */
                InventoryState.prototype.xp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * InventoryState level.
                 * @member {number} level
                 * @memberof hearth.client.v1.InventoryState
                 * @instance
                 */
                InventoryState.prototype.level = 0;

                /**
                 * InventoryState x.
                 * @member {number} x
                 * @memberof hearth.client.v1.InventoryState
                 * @instance
                 */
                InventoryState.prototype.x = 0;

                /**
                 * InventoryState y.
                 * @member {number} y
                 * @memberof hearth.client.v1.InventoryState
                 * @instance
                 */
                InventoryState.prototype.y = 0;

                /**
                 * InventoryState items.
                 * @member {Array.<hearth.client.v1.IItemStack>} items
                 * @memberof hearth.client.v1.InventoryState
                 * @instance
                 */
                InventoryState.prototype.items = $util.emptyArray;

                /**
                 * InventoryState guild.
                 * @member {number|Long} guild
                 * @memberof hearth.client.v1.InventoryState
                 * @instance
                 */
                InventoryState.prototype.guild = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * InventoryState team.
                 * @member {number|Long} team
                 * @memberof hearth.client.v1.InventoryState
                 * @instance
                 */
                InventoryState.prototype.team = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new InventoryState instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.InventoryState
                 * @static
                 * @param {hearth.client.v1.IInventoryState=} [properties] Properties to set
                 * @returns {hearth.client.v1.InventoryState} InventoryState instance
                 */
                InventoryState.create = function create(properties) {
                    return new InventoryState(properties);
                };

                /**
                 * Encodes the specified InventoryState message. Does not implicitly {@link hearth.client.v1.InventoryState.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.InventoryState
                 * @static
                 * @param {hearth.client.v1.IInventoryState} message InventoryState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InventoryState.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.gold != null && Object.hasOwnProperty.call(message, "gold"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.gold);
                    if (message.xp != null && Object.hasOwnProperty.call(message, "xp"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.xp);
                    if (message.level != null && Object.hasOwnProperty.call(message, "level"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.level);
                    if (message.x != null && Object.hasOwnProperty.call(message, "x"))
                        writer.uint32(/* id 4, wireType 0 =*/32).sint32(message.x);
                    if (message.y != null && Object.hasOwnProperty.call(message, "y"))
                        writer.uint32(/* id 5, wireType 0 =*/40).sint32(message.y);
                    if (message.items != null && message.items.length)
                        for (let i = 0; i < message.items.length; ++i)
                            $root.hearth.client.v1.ItemStack.encode(message.items[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    if (message.guild != null && Object.hasOwnProperty.call(message, "guild"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.guild);
                    if (message.team != null && Object.hasOwnProperty.call(message, "team"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.team);
                    return writer;
                };

                /**
                 * Encodes the specified InventoryState message, length delimited. Does not implicitly {@link hearth.client.v1.InventoryState.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.InventoryState
                 * @static
                 * @param {hearth.client.v1.IInventoryState} message InventoryState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InventoryState.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes an InventoryState message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.InventoryState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.InventoryState} InventoryState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InventoryState.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.InventoryState();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.gold = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.xp = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.level = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.x = reader.sint32();
                                break;
                            }
                        case 5: {
                                message.y = reader.sint32();
                                break;
                            }
                        case 6: {
                                if (!(message.items && message.items.length))
                                    message.items = [];
                                message.items.push($root.hearth.client.v1.ItemStack.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 7: {
                                message.guild = reader.uint64();
                                break;
                            }
                        case 8: {
                                message.team = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes an InventoryState message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.InventoryState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.InventoryState} InventoryState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InventoryState.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies an InventoryState message.
                 * @function verify
                 * @memberof hearth.client.v1.InventoryState
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                InventoryState.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.gold != null && Object.hasOwnProperty.call(message, "gold"))
                        if (!$util.isInteger(message.gold) && !(message.gold && $util.isInteger(message.gold.low) && $util.isInteger(message.gold.high)))
                            return "gold: integer|Long expected";
                    if (message.xp != null && Object.hasOwnProperty.call(message, "xp"))
                        if (!$util.isInteger(message.xp) && !(message.xp && $util.isInteger(message.xp.low) && $util.isInteger(message.xp.high)))
                            return "xp: integer|Long expected";
                    if (message.level != null && Object.hasOwnProperty.call(message, "level"))
                        if (!$util.isInteger(message.level))
                            return "level: integer expected";
                    if (message.x != null && Object.hasOwnProperty.call(message, "x"))
                        if (!$util.isInteger(message.x))
                            return "x: integer expected";
                    if (message.y != null && Object.hasOwnProperty.call(message, "y"))
                        if (!$util.isInteger(message.y))
                            return "y: integer expected";
                    if (message.items != null && Object.hasOwnProperty.call(message, "items")) {
                        if (!Array.isArray(message.items))
                            return "items: array expected";
                        for (let i = 0; i < message.items.length; ++i) {
                            let error = $root.hearth.client.v1.ItemStack.verify(message.items[i], long + 1);
                            if (error)
                                return "items." + error;
                        }
                    }
                    if (message.guild != null && Object.hasOwnProperty.call(message, "guild"))
                        if (!$util.isInteger(message.guild) && !(message.guild && $util.isInteger(message.guild.low) && $util.isInteger(message.guild.high)))
                            return "guild: integer|Long expected";
                    if (message.team != null && Object.hasOwnProperty.call(message, "team"))
                        if (!$util.isInteger(message.team) && !(message.team && $util.isInteger(message.team.low) && $util.isInteger(message.team.high)))
                            return "team: integer|Long expected";
                    return null;
                };

                /**
                 * Creates an InventoryState message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.InventoryState
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.InventoryState} InventoryState
                 */
                InventoryState.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.InventoryState)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.InventoryState: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.InventoryState();
                    if (object.gold != null)
                        if ($util.Long)
                            message.gold = $util.Long.fromValue(object.gold, true);
                        else if (typeof object.gold === "string")
                            message.gold = parseInt(object.gold, 10);
                        else if (typeof object.gold === "number")
                            message.gold = object.gold;
                        else if (typeof object.gold === "object")
                            message.gold = new $util.LongBits(object.gold.low >>> 0, object.gold.high >>> 0).toNumber(true);
                    if (object.xp != null)
                        if ($util.Long)
                            message.xp = $util.Long.fromValue(object.xp, true);
                        else if (typeof object.xp === "string")
                            message.xp = parseInt(object.xp, 10);
                        else if (typeof object.xp === "number")
                            message.xp = object.xp;
                        else if (typeof object.xp === "object")
                            message.xp = new $util.LongBits(object.xp.low >>> 0, object.xp.high >>> 0).toNumber(true);
                    if (object.level != null)
                        message.level = object.level >>> 0;
                    if (object.x != null)
                        message.x = object.x | 0;
                    if (object.y != null)
                        message.y = object.y | 0;
                    if (object.items) {
                        if (!Array.isArray(object.items))
                            throw TypeError(".hearth.client.v1.InventoryState.items: array expected");
                        message.items = [];
                        for (let i = 0; i < object.items.length; ++i) {
                            if (!$util.isObject(object.items[i]))
                                throw TypeError(".hearth.client.v1.InventoryState.items: object expected");
                            message.items[i] = $root.hearth.client.v1.ItemStack.fromObject(object.items[i], long + 1);
                        }
                    }
                    if (object.guild != null)
                        if ($util.Long)
                            message.guild = $util.Long.fromValue(object.guild, true);
                        else if (typeof object.guild === "string")
                            message.guild = parseInt(object.guild, 10);
                        else if (typeof object.guild === "number")
                            message.guild = object.guild;
                        else if (typeof object.guild === "object")
                            message.guild = new $util.LongBits(object.guild.low >>> 0, object.guild.high >>> 0).toNumber(true);
                    if (object.team != null)
                        if ($util.Long)
                            message.team = $util.Long.fromValue(object.team, true);
                        else if (typeof object.team === "string")
                            message.team = parseInt(object.team, 10);
                        else if (typeof object.team === "number")
                            message.team = object.team;
                        else if (typeof object.team === "object")
                            message.team = new $util.LongBits(object.team.low >>> 0, object.team.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from an InventoryState message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.InventoryState
                 * @static
                 * @param {hearth.client.v1.InventoryState} message InventoryState
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                InventoryState.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.items = [];
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.gold = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.gold = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.xp = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.xp = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.level = 0;
                        object.x = 0;
                        object.y = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.guild = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.guild = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.team = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.team = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (message.gold != null && Object.hasOwnProperty.call(message, "gold"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.gold = typeof message.gold === "number" ? BigInt(message.gold) : $util.Long.fromBits(message.gold.low >>> 0, message.gold.high >>> 0, true).toBigInt();
                        else if (typeof message.gold === "number")
                            object.gold = options.longs === String ? String(message.gold) : message.gold;
                        else
                            object.gold = options.longs === String ? $util.Long.prototype.toString.call(message.gold) : options.longs === Number ? new $util.LongBits(message.gold.low >>> 0, message.gold.high >>> 0).toNumber(true) : message.gold;
                    if (message.xp != null && Object.hasOwnProperty.call(message, "xp"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.xp = typeof message.xp === "number" ? BigInt(message.xp) : $util.Long.fromBits(message.xp.low >>> 0, message.xp.high >>> 0, true).toBigInt();
                        else if (typeof message.xp === "number")
                            object.xp = options.longs === String ? String(message.xp) : message.xp;
                        else
                            object.xp = options.longs === String ? $util.Long.prototype.toString.call(message.xp) : options.longs === Number ? new $util.LongBits(message.xp.low >>> 0, message.xp.high >>> 0).toNumber(true) : message.xp;
                    if (message.level != null && Object.hasOwnProperty.call(message, "level"))
                        object.level = message.level;
                    if (message.x != null && Object.hasOwnProperty.call(message, "x"))
                        object.x = message.x;
                    if (message.y != null && Object.hasOwnProperty.call(message, "y"))
                        object.y = message.y;
                    if (message.items && message.items.length) {
                        object.items = [];
                        for (let j = 0; j < message.items.length; ++j)
                            object.items[j] = $root.hearth.client.v1.ItemStack.toObject(message.items[j], options, q + 1);
                    }
                    if (message.guild != null && Object.hasOwnProperty.call(message, "guild"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.guild = typeof message.guild === "number" ? BigInt(message.guild) : $util.Long.fromBits(message.guild.low >>> 0, message.guild.high >>> 0, true).toBigInt();
                        else if (typeof message.guild === "number")
                            object.guild = options.longs === String ? String(message.guild) : message.guild;
                        else
                            object.guild = options.longs === String ? $util.Long.prototype.toString.call(message.guild) : options.longs === Number ? new $util.LongBits(message.guild.low >>> 0, message.guild.high >>> 0).toNumber(true) : message.guild;
                    if (message.team != null && Object.hasOwnProperty.call(message, "team"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.team = typeof message.team === "number" ? BigInt(message.team) : $util.Long.fromBits(message.team.low >>> 0, message.team.high >>> 0, true).toBigInt();
                        else if (typeof message.team === "number")
                            object.team = options.longs === String ? String(message.team) : message.team;
                        else
                            object.team = options.longs === String ? $util.Long.prototype.toString.call(message.team) : options.longs === Number ? new $util.LongBits(message.team.low >>> 0, message.team.high >>> 0).toNumber(true) : message.team;
                    return object;
                };

                /**
                 * Converts this InventoryState to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.InventoryState
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                InventoryState.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for InventoryState
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.InventoryState
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                InventoryState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.InventoryState";
                };

                return InventoryState;
            })();

            v1.GuildState = (function() {

                /**
                 * Properties of a GuildState.
                 * @memberof hearth.client.v1
                 * @interface IGuildState
                 * @property {number|Long|null} [guild] GuildState guild
                 * @property {Array.<hearth.client.v1.IGuildMember>|null} [members] GuildState members
                 * @property {number|Long|null} [bankGold] GuildState bankGold
                 * @property {Array.<hearth.client.v1.IItemStack>|null} [bankItems] GuildState bankItems
                 */

                /**
                 * Constructs a new GuildState.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a GuildState.
                 * @implements IGuildState
                 * @constructor
                 * @param {hearth.client.v1.IGuildState=} [properties] Properties to set
                 */
                function GuildState(properties) {
                    this.members = [];
                    this.bankItems = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GuildState guild.
                 * @member {number|Long} guild
                 * @memberof hearth.client.v1.GuildState
                 * @instance
                 */
                GuildState.prototype.guild = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * GuildState members.
                 * @member {Array.<hearth.client.v1.IGuildMember>} members
                 * @memberof hearth.client.v1.GuildState
                 * @instance
                 */
                GuildState.prototype.members = $util.emptyArray;

                /**
                 * GuildState bankGold.
                 * @member {number|Long} bankGold
                 * @memberof hearth.client.v1.GuildState
                 * @instance
                 */
                GuildState.prototype.bankGold = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * GuildState bankItems.
                 * @member {Array.<hearth.client.v1.IItemStack>} bankItems
                 * @memberof hearth.client.v1.GuildState
                 * @instance
                 */
                GuildState.prototype.bankItems = $util.emptyArray;

                /**
                 * Creates a new GuildState instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.GuildState
                 * @static
                 * @param {hearth.client.v1.IGuildState=} [properties] Properties to set
                 * @returns {hearth.client.v1.GuildState} GuildState instance
                 */
                GuildState.create = function create(properties) {
                    return new GuildState(properties);
                };

                /**
                 * Encodes the specified GuildState message. Does not implicitly {@link hearth.client.v1.GuildState.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.GuildState
                 * @static
                 * @param {hearth.client.v1.IGuildState} message GuildState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GuildState.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.guild != null && Object.hasOwnProperty.call(message, "guild"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.guild);
                    if (message.members != null && message.members.length)
                        for (let i = 0; i < message.members.length; ++i)
                            $root.hearth.client.v1.GuildMember.encode(message.members[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.bankGold != null && Object.hasOwnProperty.call(message, "bankGold"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.bankGold);
                    if (message.bankItems != null && message.bankItems.length)
                        for (let i = 0; i < message.bankItems.length; ++i)
                            $root.hearth.client.v1.ItemStack.encode(message.bankItems[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Encodes the specified GuildState message, length delimited. Does not implicitly {@link hearth.client.v1.GuildState.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.GuildState
                 * @static
                 * @param {hearth.client.v1.IGuildState} message GuildState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GuildState.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a GuildState message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.GuildState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.GuildState} GuildState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GuildState.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.GuildState();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.guild = reader.uint64();
                                break;
                            }
                        case 2: {
                                if (!(message.members && message.members.length))
                                    message.members = [];
                                message.members.push($root.hearth.client.v1.GuildMember.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 3: {
                                message.bankGold = reader.uint64();
                                break;
                            }
                        case 4: {
                                if (!(message.bankItems && message.bankItems.length))
                                    message.bankItems = [];
                                message.bankItems.push($root.hearth.client.v1.ItemStack.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a GuildState message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.GuildState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.GuildState} GuildState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GuildState.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a GuildState message.
                 * @function verify
                 * @memberof hearth.client.v1.GuildState
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GuildState.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.guild != null && Object.hasOwnProperty.call(message, "guild"))
                        if (!$util.isInteger(message.guild) && !(message.guild && $util.isInteger(message.guild.low) && $util.isInteger(message.guild.high)))
                            return "guild: integer|Long expected";
                    if (message.members != null && Object.hasOwnProperty.call(message, "members")) {
                        if (!Array.isArray(message.members))
                            return "members: array expected";
                        for (let i = 0; i < message.members.length; ++i) {
                            let error = $root.hearth.client.v1.GuildMember.verify(message.members[i], long + 1);
                            if (error)
                                return "members." + error;
                        }
                    }
                    if (message.bankGold != null && Object.hasOwnProperty.call(message, "bankGold"))
                        if (!$util.isInteger(message.bankGold) && !(message.bankGold && $util.isInteger(message.bankGold.low) && $util.isInteger(message.bankGold.high)))
                            return "bankGold: integer|Long expected";
                    if (message.bankItems != null && Object.hasOwnProperty.call(message, "bankItems")) {
                        if (!Array.isArray(message.bankItems))
                            return "bankItems: array expected";
                        for (let i = 0; i < message.bankItems.length; ++i) {
                            let error = $root.hearth.client.v1.ItemStack.verify(message.bankItems[i], long + 1);
                            if (error)
                                return "bankItems." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a GuildState message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.GuildState
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.GuildState} GuildState
                 */
                GuildState.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.GuildState)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.GuildState: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.GuildState();
                    if (object.guild != null)
                        if ($util.Long)
                            message.guild = $util.Long.fromValue(object.guild, true);
                        else if (typeof object.guild === "string")
                            message.guild = parseInt(object.guild, 10);
                        else if (typeof object.guild === "number")
                            message.guild = object.guild;
                        else if (typeof object.guild === "object")
                            message.guild = new $util.LongBits(object.guild.low >>> 0, object.guild.high >>> 0).toNumber(true);
                    if (object.members) {
                        if (!Array.isArray(object.members))
                            throw TypeError(".hearth.client.v1.GuildState.members: array expected");
                        message.members = [];
                        for (let i = 0; i < object.members.length; ++i) {
                            if (!$util.isObject(object.members[i]))
                                throw TypeError(".hearth.client.v1.GuildState.members: object expected");
                            message.members[i] = $root.hearth.client.v1.GuildMember.fromObject(object.members[i], long + 1);
                        }
                    }
                    if (object.bankGold != null)
                        if ($util.Long)
                            message.bankGold = $util.Long.fromValue(object.bankGold, true);
                        else if (typeof object.bankGold === "string")
                            message.bankGold = parseInt(object.bankGold, 10);
                        else if (typeof object.bankGold === "number")
                            message.bankGold = object.bankGold;
                        else if (typeof object.bankGold === "object")
                            message.bankGold = new $util.LongBits(object.bankGold.low >>> 0, object.bankGold.high >>> 0).toNumber(true);
                    if (object.bankItems) {
                        if (!Array.isArray(object.bankItems))
                            throw TypeError(".hearth.client.v1.GuildState.bankItems: array expected");
                        message.bankItems = [];
                        for (let i = 0; i < object.bankItems.length; ++i) {
                            if (!$util.isObject(object.bankItems[i]))
                                throw TypeError(".hearth.client.v1.GuildState.bankItems: object expected");
                            message.bankItems[i] = $root.hearth.client.v1.ItemStack.fromObject(object.bankItems[i], long + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a GuildState message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.GuildState
                 * @static
                 * @param {hearth.client.v1.GuildState} message GuildState
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GuildState.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.members = [];
                        object.bankItems = [];
                    }
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.guild = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.guild = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.bankGold = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.bankGold = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (message.guild != null && Object.hasOwnProperty.call(message, "guild"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.guild = typeof message.guild === "number" ? BigInt(message.guild) : $util.Long.fromBits(message.guild.low >>> 0, message.guild.high >>> 0, true).toBigInt();
                        else if (typeof message.guild === "number")
                            object.guild = options.longs === String ? String(message.guild) : message.guild;
                        else
                            object.guild = options.longs === String ? $util.Long.prototype.toString.call(message.guild) : options.longs === Number ? new $util.LongBits(message.guild.low >>> 0, message.guild.high >>> 0).toNumber(true) : message.guild;
                    if (message.members && message.members.length) {
                        object.members = [];
                        for (let j = 0; j < message.members.length; ++j)
                            object.members[j] = $root.hearth.client.v1.GuildMember.toObject(message.members[j], options, q + 1);
                    }
                    if (message.bankGold != null && Object.hasOwnProperty.call(message, "bankGold"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.bankGold = typeof message.bankGold === "number" ? BigInt(message.bankGold) : $util.Long.fromBits(message.bankGold.low >>> 0, message.bankGold.high >>> 0, true).toBigInt();
                        else if (typeof message.bankGold === "number")
                            object.bankGold = options.longs === String ? String(message.bankGold) : message.bankGold;
                        else
                            object.bankGold = options.longs === String ? $util.Long.prototype.toString.call(message.bankGold) : options.longs === Number ? new $util.LongBits(message.bankGold.low >>> 0, message.bankGold.high >>> 0).toNumber(true) : message.bankGold;
                    if (message.bankItems && message.bankItems.length) {
                        object.bankItems = [];
                        for (let j = 0; j < message.bankItems.length; ++j)
                            object.bankItems[j] = $root.hearth.client.v1.ItemStack.toObject(message.bankItems[j], options, q + 1);
                    }
                    return object;
                };

                /**
                 * Converts this GuildState to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.GuildState
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GuildState.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for GuildState
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.GuildState
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GuildState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.GuildState";
                };

                return GuildState;
            })();

            v1.GuildMember = (function() {

                /**
                 * Properties of a GuildMember.
                 * @memberof hearth.client.v1
                 * @interface IGuildMember
                 * @property {number|Long|null} [player] GuildMember player
                 * @property {hearth.client.v1.GuildRank|null} [rank] GuildMember rank
                 * @property {boolean|null} [online] GuildMember online
                 */

                /**
                 * Constructs a new GuildMember.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a GuildMember.
                 * @implements IGuildMember
                 * @constructor
                 * @param {hearth.client.v1.IGuildMember=} [properties] Properties to set
                 */
                function GuildMember(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GuildMember player.
                 * @member {number|Long} player
                 * @memberof hearth.client.v1.GuildMember
                 * @instance
                 */
                GuildMember.prototype.player = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * GuildMember rank.
                 * @member {hearth.client.v1.GuildRank} rank
                 * @memberof hearth.client.v1.GuildMember
                 * @instance
                 */
                GuildMember.prototype.rank = 0;

                /**
                 * GuildMember online.
                 * @member {boolean} online
                 * @memberof hearth.client.v1.GuildMember
                 * @instance
                 */
                GuildMember.prototype.online = false;

                /**
                 * Creates a new GuildMember instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.GuildMember
                 * @static
                 * @param {hearth.client.v1.IGuildMember=} [properties] Properties to set
                 * @returns {hearth.client.v1.GuildMember} GuildMember instance
                 */
                GuildMember.create = function create(properties) {
                    return new GuildMember(properties);
                };

                /**
                 * Encodes the specified GuildMember message. Does not implicitly {@link hearth.client.v1.GuildMember.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.GuildMember
                 * @static
                 * @param {hearth.client.v1.IGuildMember} message GuildMember message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GuildMember.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.player != null && Object.hasOwnProperty.call(message, "player"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.player);
                    if (message.rank != null && Object.hasOwnProperty.call(message, "rank"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.rank);
                    if (message.online != null && Object.hasOwnProperty.call(message, "online"))
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.online);
                    return writer;
                };

                /**
                 * Encodes the specified GuildMember message, length delimited. Does not implicitly {@link hearth.client.v1.GuildMember.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.GuildMember
                 * @static
                 * @param {hearth.client.v1.IGuildMember} message GuildMember message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GuildMember.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a GuildMember message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.GuildMember
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.GuildMember} GuildMember
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GuildMember.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.GuildMember();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.player = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.rank = reader.int32();
                                break;
                            }
                        case 3: {
                                message.online = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a GuildMember message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.GuildMember
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.GuildMember} GuildMember
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GuildMember.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a GuildMember message.
                 * @function verify
                 * @memberof hearth.client.v1.GuildMember
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GuildMember.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.player != null && Object.hasOwnProperty.call(message, "player"))
                        if (!$util.isInteger(message.player) && !(message.player && $util.isInteger(message.player.low) && $util.isInteger(message.player.high)))
                            return "player: integer|Long expected";
                    if (message.rank != null && Object.hasOwnProperty.call(message, "rank"))
                        switch (message.rank) {
                        default:
                            return "rank: enum value expected";
                        case 0:
                        case 1:
                        case 2:
                        case 3:
                            break;
                        }
                    if (message.online != null && Object.hasOwnProperty.call(message, "online"))
                        if (typeof message.online !== "boolean")
                            return "online: boolean expected";
                    return null;
                };

                /**
                 * Creates a GuildMember message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.GuildMember
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.GuildMember} GuildMember
                 */
                GuildMember.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.GuildMember)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.GuildMember: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.GuildMember();
                    if (object.player != null)
                        if ($util.Long)
                            message.player = $util.Long.fromValue(object.player, true);
                        else if (typeof object.player === "string")
                            message.player = parseInt(object.player, 10);
                        else if (typeof object.player === "number")
                            message.player = object.player;
                        else if (typeof object.player === "object")
                            message.player = new $util.LongBits(object.player.low >>> 0, object.player.high >>> 0).toNumber(true);
                    switch (object.rank) {
                    default:
                        if (typeof object.rank === "number") {
                            message.rank = object.rank;
                            break;
                        }
                        break;
                    case "GUILD_RANK_NONE":
                    case 0:
                        message.rank = 0;
                        break;
                    case "GUILD_RANK_MEMBER":
                    case 1:
                        message.rank = 1;
                        break;
                    case "GUILD_RANK_OFFICER":
                    case 2:
                        message.rank = 2;
                        break;
                    case "GUILD_RANK_LEADER":
                    case 3:
                        message.rank = 3;
                        break;
                    }
                    if (object.online != null)
                        message.online = Boolean(object.online);
                    return message;
                };

                /**
                 * Creates a plain object from a GuildMember message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.GuildMember
                 * @static
                 * @param {hearth.client.v1.GuildMember} message GuildMember
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GuildMember.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.player = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.player = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.rank = options.enums === String ? "GUILD_RANK_NONE" : 0;
                        object.online = false;
                    }
                    if (message.player != null && Object.hasOwnProperty.call(message, "player"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.player = typeof message.player === "number" ? BigInt(message.player) : $util.Long.fromBits(message.player.low >>> 0, message.player.high >>> 0, true).toBigInt();
                        else if (typeof message.player === "number")
                            object.player = options.longs === String ? String(message.player) : message.player;
                        else
                            object.player = options.longs === String ? $util.Long.prototype.toString.call(message.player) : options.longs === Number ? new $util.LongBits(message.player.low >>> 0, message.player.high >>> 0).toNumber(true) : message.player;
                    if (message.rank != null && Object.hasOwnProperty.call(message, "rank"))
                        object.rank = options.enums === String ? $root.hearth.client.v1.GuildRank[message.rank] === undefined ? message.rank : $root.hearth.client.v1.GuildRank[message.rank] : message.rank;
                    if (message.online != null && Object.hasOwnProperty.call(message, "online"))
                        object.online = message.online;
                    return object;
                };

                /**
                 * Converts this GuildMember to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.GuildMember
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GuildMember.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for GuildMember
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.GuildMember
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GuildMember.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.GuildMember";
                };

                return GuildMember;
            })();

            v1.BattleJoined = (function() {

                /**
                 * Properties of a BattleJoined.
                 * @memberof hearth.client.v1
                 * @interface IBattleJoined
                 * @property {number|Long|null} [battleId] BattleJoined battleId
                 * @property {number|null} [monsters] BattleJoined monsters
                 */

                /**
                 * Constructs a new BattleJoined.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a BattleJoined.
                 * @implements IBattleJoined
                 * @constructor
                 * @param {hearth.client.v1.IBattleJoined=} [properties] Properties to set
                 */
                function BattleJoined(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * BattleJoined battleId.
                 * @member {number|Long} battleId
                 * @memberof hearth.client.v1.BattleJoined
                 * @instance
                 */
                BattleJoined.prototype.battleId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * BattleJoined monsters.
                 * @member {number} monsters
                 * @memberof hearth.client.v1.BattleJoined
                 * @instance
                 */
                BattleJoined.prototype.monsters = 0;

                /**
                 * Creates a new BattleJoined instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.BattleJoined
                 * @static
                 * @param {hearth.client.v1.IBattleJoined=} [properties] Properties to set
                 * @returns {hearth.client.v1.BattleJoined} BattleJoined instance
                 */
                BattleJoined.create = function create(properties) {
                    return new BattleJoined(properties);
                };

                /**
                 * Encodes the specified BattleJoined message. Does not implicitly {@link hearth.client.v1.BattleJoined.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.BattleJoined
                 * @static
                 * @param {hearth.client.v1.IBattleJoined} message BattleJoined message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BattleJoined.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.battleId != null && Object.hasOwnProperty.call(message, "battleId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.battleId);
                    if (message.monsters != null && Object.hasOwnProperty.call(message, "monsters"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.monsters);
                    return writer;
                };

                /**
                 * Encodes the specified BattleJoined message, length delimited. Does not implicitly {@link hearth.client.v1.BattleJoined.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.BattleJoined
                 * @static
                 * @param {hearth.client.v1.IBattleJoined} message BattleJoined message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BattleJoined.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a BattleJoined message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.BattleJoined
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.BattleJoined} BattleJoined
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BattleJoined.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.BattleJoined();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.battleId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.monsters = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a BattleJoined message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.BattleJoined
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.BattleJoined} BattleJoined
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BattleJoined.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a BattleJoined message.
                 * @function verify
                 * @memberof hearth.client.v1.BattleJoined
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                BattleJoined.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.battleId != null && Object.hasOwnProperty.call(message, "battleId"))
                        if (!$util.isInteger(message.battleId) && !(message.battleId && $util.isInteger(message.battleId.low) && $util.isInteger(message.battleId.high)))
                            return "battleId: integer|Long expected";
                    if (message.monsters != null && Object.hasOwnProperty.call(message, "monsters"))
                        if (!$util.isInteger(message.monsters))
                            return "monsters: integer expected";
                    return null;
                };

                /**
                 * Creates a BattleJoined message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.BattleJoined
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.BattleJoined} BattleJoined
                 */
                BattleJoined.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.BattleJoined)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.BattleJoined: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.BattleJoined();
                    if (object.battleId != null)
                        if ($util.Long)
                            message.battleId = $util.Long.fromValue(object.battleId, true);
                        else if (typeof object.battleId === "string")
                            message.battleId = parseInt(object.battleId, 10);
                        else if (typeof object.battleId === "number")
                            message.battleId = object.battleId;
                        else if (typeof object.battleId === "object")
                            message.battleId = new $util.LongBits(object.battleId.low >>> 0, object.battleId.high >>> 0).toNumber(true);
                    if (object.monsters != null)
                        message.monsters = object.monsters >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a BattleJoined message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.BattleJoined
                 * @static
                 * @param {hearth.client.v1.BattleJoined} message BattleJoined
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BattleJoined.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.battleId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.battleId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.monsters = 0;
                    }
                    if (message.battleId != null && Object.hasOwnProperty.call(message, "battleId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.battleId = typeof message.battleId === "number" ? BigInt(message.battleId) : $util.Long.fromBits(message.battleId.low >>> 0, message.battleId.high >>> 0, true).toBigInt();
                        else if (typeof message.battleId === "number")
                            object.battleId = options.longs === String ? String(message.battleId) : message.battleId;
                        else
                            object.battleId = options.longs === String ? $util.Long.prototype.toString.call(message.battleId) : options.longs === Number ? new $util.LongBits(message.battleId.low >>> 0, message.battleId.high >>> 0).toNumber(true) : message.battleId;
                    if (message.monsters != null && Object.hasOwnProperty.call(message, "monsters"))
                        object.monsters = message.monsters;
                    return object;
                };

                /**
                 * Converts this BattleJoined to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.BattleJoined
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BattleJoined.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for BattleJoined
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.BattleJoined
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                BattleJoined.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.BattleJoined";
                };

                return BattleJoined;
            })();

            v1.BattleHit = (function() {

                /**
                 * Properties of a BattleHit.
                 * @memberof hearth.client.v1
                 * @interface IBattleHit
                 * @property {number|null} [damage] BattleHit damage
                 * @property {number|null} [monsterHp] BattleHit monsterHp
                 * @property {number|null} [monstersLeft] BattleHit monstersLeft
                 */

                /**
                 * Constructs a new BattleHit.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a BattleHit.
                 * @implements IBattleHit
                 * @constructor
                 * @param {hearth.client.v1.IBattleHit=} [properties] Properties to set
                 */
                function BattleHit(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * BattleHit damage.
                 * @member {number} damage
                 * @memberof hearth.client.v1.BattleHit
                 * @instance
                 */
                BattleHit.prototype.damage = 0;

                /**
                 * BattleHit monsterHp.
                 * @member {number} monsterHp
                 * @memberof hearth.client.v1.BattleHit
                 * @instance
                 */
                BattleHit.prototype.monsterHp = 0;

                /**
                 * BattleHit monstersLeft.
                 * @member {number} monstersLeft
                 * @memberof hearth.client.v1.BattleHit
                 * @instance
                 */
                BattleHit.prototype.monstersLeft = 0;

                /**
                 * Creates a new BattleHit instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.BattleHit
                 * @static
                 * @param {hearth.client.v1.IBattleHit=} [properties] Properties to set
                 * @returns {hearth.client.v1.BattleHit} BattleHit instance
                 */
                BattleHit.create = function create(properties) {
                    return new BattleHit(properties);
                };

                /**
                 * Encodes the specified BattleHit message. Does not implicitly {@link hearth.client.v1.BattleHit.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.BattleHit
                 * @static
                 * @param {hearth.client.v1.IBattleHit} message BattleHit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BattleHit.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.damage != null && Object.hasOwnProperty.call(message, "damage"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.damage);
                    if (message.monsterHp != null && Object.hasOwnProperty.call(message, "monsterHp"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.monsterHp);
                    if (message.monstersLeft != null && Object.hasOwnProperty.call(message, "monstersLeft"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.monstersLeft);
                    return writer;
                };

                /**
                 * Encodes the specified BattleHit message, length delimited. Does not implicitly {@link hearth.client.v1.BattleHit.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.BattleHit
                 * @static
                 * @param {hearth.client.v1.IBattleHit} message BattleHit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BattleHit.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a BattleHit message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.BattleHit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.BattleHit} BattleHit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BattleHit.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.BattleHit();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.damage = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.monsterHp = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.monstersLeft = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a BattleHit message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.BattleHit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.BattleHit} BattleHit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BattleHit.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a BattleHit message.
                 * @function verify
                 * @memberof hearth.client.v1.BattleHit
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                BattleHit.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.damage != null && Object.hasOwnProperty.call(message, "damage"))
                        if (!$util.isInteger(message.damage))
                            return "damage: integer expected";
                    if (message.monsterHp != null && Object.hasOwnProperty.call(message, "monsterHp"))
                        if (!$util.isInteger(message.monsterHp))
                            return "monsterHp: integer expected";
                    if (message.monstersLeft != null && Object.hasOwnProperty.call(message, "monstersLeft"))
                        if (!$util.isInteger(message.monstersLeft))
                            return "monstersLeft: integer expected";
                    return null;
                };

                /**
                 * Creates a BattleHit message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.BattleHit
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.BattleHit} BattleHit
                 */
                BattleHit.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.BattleHit)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.BattleHit: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.BattleHit();
                    if (object.damage != null)
                        message.damage = object.damage >>> 0;
                    if (object.monsterHp != null)
                        message.monsterHp = object.monsterHp >>> 0;
                    if (object.monstersLeft != null)
                        message.monstersLeft = object.monstersLeft >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a BattleHit message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.BattleHit
                 * @static
                 * @param {hearth.client.v1.BattleHit} message BattleHit
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BattleHit.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.damage = 0;
                        object.monsterHp = 0;
                        object.monstersLeft = 0;
                    }
                    if (message.damage != null && Object.hasOwnProperty.call(message, "damage"))
                        object.damage = message.damage;
                    if (message.monsterHp != null && Object.hasOwnProperty.call(message, "monsterHp"))
                        object.monsterHp = message.monsterHp;
                    if (message.monstersLeft != null && Object.hasOwnProperty.call(message, "monstersLeft"))
                        object.monstersLeft = message.monstersLeft;
                    return object;
                };

                /**
                 * Converts this BattleHit to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.BattleHit
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BattleHit.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for BattleHit
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.BattleHit
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                BattleHit.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.BattleHit";
                };

                return BattleHit;
            })();

            v1.TradeOpened = (function() {

                /**
                 * Properties of a TradeOpened.
                 * @memberof hearth.client.v1
                 * @interface ITradeOpened
                 * @property {number|Long|null} [offerId] TradeOpened offerId
                 */

                /**
                 * Constructs a new TradeOpened.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a TradeOpened.
                 * @implements ITradeOpened
                 * @constructor
                 * @param {hearth.client.v1.ITradeOpened=} [properties] Properties to set
                 */
                function TradeOpened(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * TradeOpened offerId.
                 * @member {number|Long} offerId
                 * @memberof hearth.client.v1.TradeOpened
                 * @instance
                 */
                TradeOpened.prototype.offerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new TradeOpened instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.TradeOpened
                 * @static
                 * @param {hearth.client.v1.ITradeOpened=} [properties] Properties to set
                 * @returns {hearth.client.v1.TradeOpened} TradeOpened instance
                 */
                TradeOpened.create = function create(properties) {
                    return new TradeOpened(properties);
                };

                /**
                 * Encodes the specified TradeOpened message. Does not implicitly {@link hearth.client.v1.TradeOpened.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.TradeOpened
                 * @static
                 * @param {hearth.client.v1.ITradeOpened} message TradeOpened message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TradeOpened.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.offerId != null && Object.hasOwnProperty.call(message, "offerId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.offerId);
                    return writer;
                };

                /**
                 * Encodes the specified TradeOpened message, length delimited. Does not implicitly {@link hearth.client.v1.TradeOpened.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.TradeOpened
                 * @static
                 * @param {hearth.client.v1.ITradeOpened} message TradeOpened message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TradeOpened.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a TradeOpened message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.TradeOpened
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.TradeOpened} TradeOpened
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TradeOpened.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.TradeOpened();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.offerId = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a TradeOpened message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.TradeOpened
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.TradeOpened} TradeOpened
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TradeOpened.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a TradeOpened message.
                 * @function verify
                 * @memberof hearth.client.v1.TradeOpened
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TradeOpened.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.offerId != null && Object.hasOwnProperty.call(message, "offerId"))
                        if (!$util.isInteger(message.offerId) && !(message.offerId && $util.isInteger(message.offerId.low) && $util.isInteger(message.offerId.high)))
                            return "offerId: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a TradeOpened message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.TradeOpened
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.TradeOpened} TradeOpened
                 */
                TradeOpened.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.TradeOpened)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.TradeOpened: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.TradeOpened();
                    if (object.offerId != null)
                        if ($util.Long)
                            message.offerId = $util.Long.fromValue(object.offerId, true);
                        else if (typeof object.offerId === "string")
                            message.offerId = parseInt(object.offerId, 10);
                        else if (typeof object.offerId === "number")
                            message.offerId = object.offerId;
                        else if (typeof object.offerId === "object")
                            message.offerId = new $util.LongBits(object.offerId.low >>> 0, object.offerId.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a TradeOpened message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.TradeOpened
                 * @static
                 * @param {hearth.client.v1.TradeOpened} message TradeOpened
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TradeOpened.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.offerId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.offerId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if (message.offerId != null && Object.hasOwnProperty.call(message, "offerId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.offerId = typeof message.offerId === "number" ? BigInt(message.offerId) : $util.Long.fromBits(message.offerId.low >>> 0, message.offerId.high >>> 0, true).toBigInt();
                        else if (typeof message.offerId === "number")
                            object.offerId = options.longs === String ? String(message.offerId) : message.offerId;
                        else
                            object.offerId = options.longs === String ? $util.Long.prototype.toString.call(message.offerId) : options.longs === Number ? new $util.LongBits(message.offerId.low >>> 0, message.offerId.high >>> 0).toNumber(true) : message.offerId;
                    return object;
                };

                /**
                 * Converts this TradeOpened to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.TradeOpened
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TradeOpened.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for TradeOpened
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.TradeOpened
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                TradeOpened.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.TradeOpened";
                };

                return TradeOpened;
            })();

            v1.Moved = (function() {

                /**
                 * Properties of a Moved.
                 * @memberof hearth.client.v1
                 * @interface IMoved
                 * @property {number|null} [x] Moved x
                 * @property {number|null} [y] Moved y
                 * @property {number|null} [cell] Moved cell
                 */

                /**
                 * Constructs a new Moved.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a Moved.
                 * @implements IMoved
                 * @constructor
                 * @param {hearth.client.v1.IMoved=} [properties] Properties to set
                 */
                function Moved(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Moved x.
                 * @member {number} x
                 * @memberof hearth.client.v1.Moved
                 * @instance
                 */
                Moved.prototype.x = 0;

                /**
                 * Moved y.
                 * @member {number} y
                 * @memberof hearth.client.v1.Moved
                 * @instance
                 */
                Moved.prototype.y = 0;

                /**
                 * Moved cell.
                 * @member {number} cell
                 * @memberof hearth.client.v1.Moved
                 * @instance
                 */
                Moved.prototype.cell = 0;

                /**
                 * Creates a new Moved instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Moved
                 * @static
                 * @param {hearth.client.v1.IMoved=} [properties] Properties to set
                 * @returns {hearth.client.v1.Moved} Moved instance
                 */
                Moved.create = function create(properties) {
                    return new Moved(properties);
                };

                /**
                 * Encodes the specified Moved message. Does not implicitly {@link hearth.client.v1.Moved.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Moved
                 * @static
                 * @param {hearth.client.v1.IMoved} message Moved message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Moved.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.x != null && Object.hasOwnProperty.call(message, "x"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.x);
                    if (message.y != null && Object.hasOwnProperty.call(message, "y"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.y);
                    if (message.cell != null && Object.hasOwnProperty.call(message, "cell"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.cell);
                    return writer;
                };

                /**
                 * Encodes the specified Moved message, length delimited. Does not implicitly {@link hearth.client.v1.Moved.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Moved
                 * @static
                 * @param {hearth.client.v1.IMoved} message Moved message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Moved.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a Moved message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Moved
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Moved} Moved
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Moved.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Moved();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.x = reader.int32();
                                break;
                            }
                        case 2: {
                                message.y = reader.int32();
                                break;
                            }
                        case 3: {
                                message.cell = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a Moved message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Moved
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Moved} Moved
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Moved.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a Moved message.
                 * @function verify
                 * @memberof hearth.client.v1.Moved
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Moved.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.x != null && Object.hasOwnProperty.call(message, "x"))
                        if (!$util.isInteger(message.x))
                            return "x: integer expected";
                    if (message.y != null && Object.hasOwnProperty.call(message, "y"))
                        if (!$util.isInteger(message.y))
                            return "y: integer expected";
                    if (message.cell != null && Object.hasOwnProperty.call(message, "cell"))
                        if (!$util.isInteger(message.cell))
                            return "cell: integer expected";
                    return null;
                };

                /**
                 * Creates a Moved message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Moved
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Moved} Moved
                 */
                Moved.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Moved)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.Moved: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.Moved();
                    if (object.x != null)
                        message.x = object.x | 0;
                    if (object.y != null)
                        message.y = object.y | 0;
                    if (object.cell != null)
                        message.cell = object.cell >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Moved message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Moved
                 * @static
                 * @param {hearth.client.v1.Moved} message Moved
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Moved.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.x = 0;
                        object.y = 0;
                        object.cell = 0;
                    }
                    if (message.x != null && Object.hasOwnProperty.call(message, "x"))
                        object.x = message.x;
                    if (message.y != null && Object.hasOwnProperty.call(message, "y"))
                        object.y = message.y;
                    if (message.cell != null && Object.hasOwnProperty.call(message, "cell"))
                        object.cell = message.cell;
                    return object;
                };

                /**
                 * Converts this Moved to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Moved
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Moved.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Moved
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Moved
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Moved.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Moved";
                };

                return Moved;
            })();

            v1.Done = (function() {

                /**
                 * Properties of a Done.
                 * @memberof hearth.client.v1
                 * @interface IDone
                 */

                /**
                 * Constructs a new Done.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a Done.
                 * @implements IDone
                 * @constructor
                 * @param {hearth.client.v1.IDone=} [properties] Properties to set
                 */
                function Done(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new Done instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Done
                 * @static
                 * @param {hearth.client.v1.IDone=} [properties] Properties to set
                 * @returns {hearth.client.v1.Done} Done instance
                 */
                Done.create = function create(properties) {
                    return new Done(properties);
                };

                /**
                 * Encodes the specified Done message. Does not implicitly {@link hearth.client.v1.Done.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Done
                 * @static
                 * @param {hearth.client.v1.IDone} message Done message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Done.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Encodes the specified Done message, length delimited. Does not implicitly {@link hearth.client.v1.Done.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Done
                 * @static
                 * @param {hearth.client.v1.IDone} message Done message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Done.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a Done message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Done
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Done} Done
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Done.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Done();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a Done message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Done
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Done} Done
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Done.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a Done message.
                 * @function verify
                 * @memberof hearth.client.v1.Done
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Done.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    return null;
                };

                /**
                 * Creates a Done message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Done
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Done} Done
                 */
                Done.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Done)
                        return object;
                    return new $root.hearth.client.v1.Done();
                };

                /**
                 * Creates a plain object from a Done message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Done
                 * @static
                 * @param {hearth.client.v1.Done} message Done
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Done.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this Done to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Done
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Done.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Done
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Done
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Done.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Done";
                };

                return Done;
            })();

            v1.HeavyResult = (function() {

                /**
                 * Properties of a HeavyResult.
                 * @memberof hearth.client.v1
                 * @interface IHeavyResult
                 * @property {number|Long|null} [value] HeavyResult value
                 */

                /**
                 * Constructs a new HeavyResult.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a HeavyResult.
                 * @implements IHeavyResult
                 * @constructor
                 * @param {hearth.client.v1.IHeavyResult=} [properties] Properties to set
                 */
                function HeavyResult(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * HeavyResult value.
                 * @member {number|Long} value
                 * @memberof hearth.client.v1.HeavyResult
                 * @instance
                 */
                HeavyResult.prototype.value = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new HeavyResult instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.HeavyResult
                 * @static
                 * @param {hearth.client.v1.IHeavyResult=} [properties] Properties to set
                 * @returns {hearth.client.v1.HeavyResult} HeavyResult instance
                 */
                HeavyResult.create = function create(properties) {
                    return new HeavyResult(properties);
                };

                /**
                 * Encodes the specified HeavyResult message. Does not implicitly {@link hearth.client.v1.HeavyResult.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.HeavyResult
                 * @static
                 * @param {hearth.client.v1.IHeavyResult} message HeavyResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HeavyResult.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.value);
                    return writer;
                };

                /**
                 * Encodes the specified HeavyResult message, length delimited. Does not implicitly {@link hearth.client.v1.HeavyResult.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.HeavyResult
                 * @static
                 * @param {hearth.client.v1.IHeavyResult} message HeavyResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HeavyResult.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a HeavyResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.HeavyResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.HeavyResult} HeavyResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HeavyResult.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.HeavyResult();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.value = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a HeavyResult message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.HeavyResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.HeavyResult} HeavyResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HeavyResult.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a HeavyResult message.
                 * @function verify
                 * @memberof hearth.client.v1.HeavyResult
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                HeavyResult.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                        if (!$util.isInteger(message.value) && !(message.value && $util.isInteger(message.value.low) && $util.isInteger(message.value.high)))
                            return "value: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a HeavyResult message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.HeavyResult
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.HeavyResult} HeavyResult
                 */
                HeavyResult.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.HeavyResult)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.HeavyResult: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.HeavyResult();
                    if (object.value != null)
                        if ($util.Long)
                            message.value = $util.Long.fromValue(object.value, true);
                        else if (typeof object.value === "string")
                            message.value = parseInt(object.value, 10);
                        else if (typeof object.value === "number")
                            message.value = object.value;
                        else if (typeof object.value === "object")
                            message.value = new $util.LongBits(object.value.low >>> 0, object.value.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a HeavyResult message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.HeavyResult
                 * @static
                 * @param {hearth.client.v1.HeavyResult} message HeavyResult
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HeavyResult.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.value = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.value = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.value = typeof message.value === "number" ? BigInt(message.value) : $util.Long.fromBits(message.value.low >>> 0, message.value.high >>> 0, true).toBigInt();
                        else if (typeof message.value === "number")
                            object.value = options.longs === String ? String(message.value) : message.value;
                        else
                            object.value = options.longs === String ? $util.Long.prototype.toString.call(message.value) : options.longs === Number ? new $util.LongBits(message.value.low >>> 0, message.value.high >>> 0).toNumber(true) : message.value;
                    return object;
                };

                /**
                 * Converts this HeavyResult to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.HeavyResult
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HeavyResult.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for HeavyResult
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.HeavyResult
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                HeavyResult.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.HeavyResult";
                };

                return HeavyResult;
            })();

            v1.Push = (function() {

                /**
                 * Properties of a Push.
                 * @memberof hearth.client.v1
                 * @interface IPush
                 * @property {number|Long|null} [seq] Push seq
                 * @property {hearth.client.v1.IWhisperLine|null} [whisper] Push whisper
                 * @property {hearth.client.v1.IGroupLine|null} [groupLine] Push groupLine
                 * @property {hearth.client.v1.ITradeOffered|null} [tradeOffered] Push tradeOffered
                 * @property {hearth.client.v1.ITradeClosed|null} [tradeClosed] Push tradeClosed
                 * @property {hearth.client.v1.IBattleEnded|null} [battleEnded] Push battleEnded
                 * @property {hearth.client.v1.IAoi|null} [aoi] Push aoi
                 * @property {hearth.client.v1.IGroupLeft|null} [groupLeft] Push groupLeft
                 */

                /**
                 * Constructs a new Push.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a Push.
                 * @implements IPush
                 * @constructor
                 * @param {hearth.client.v1.IPush=} [properties] Properties to set
                 */
                function Push(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Push seq.
                 * @member {number|Long} seq
                 * @memberof hearth.client.v1.Push
                 * @instance
                 */
                Push.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Push whisper.
                 * @member {hearth.client.v1.IWhisperLine|null|undefined} whisper
                 * @memberof hearth.client.v1.Push
                 * @instance
                 */
                Push.prototype.whisper = null;

                /**
                 * Push groupLine.
                 * @member {hearth.client.v1.IGroupLine|null|undefined} groupLine
                 * @memberof hearth.client.v1.Push
                 * @instance
                 */
                Push.prototype.groupLine = null;

                /**
                 * Push tradeOffered.
                 * @member {hearth.client.v1.ITradeOffered|null|undefined} tradeOffered
                 * @memberof hearth.client.v1.Push
                 * @instance
                 */
                Push.prototype.tradeOffered = null;

                /**
                 * Push tradeClosed.
                 * @member {hearth.client.v1.ITradeClosed|null|undefined} tradeClosed
                 * @memberof hearth.client.v1.Push
                 * @instance
                 */
                Push.prototype.tradeClosed = null;

                /**
                 * Push battleEnded.
                 * @member {hearth.client.v1.IBattleEnded|null|undefined} battleEnded
                 * @memberof hearth.client.v1.Push
                 * @instance
                 */
                Push.prototype.battleEnded = null;

                /**
                 * Push aoi.
                 * @member {hearth.client.v1.IAoi|null|undefined} aoi
                 * @memberof hearth.client.v1.Push
                 * @instance
                 */
                Push.prototype.aoi = null;

                /**
                 * Push groupLeft.
                 * @member {hearth.client.v1.IGroupLeft|null|undefined} groupLeft
                 * @memberof hearth.client.v1.Push
                 * @instance
                 */
                Push.prototype.groupLeft = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Push body.
                 * @member {"whisper"|"groupLine"|"tradeOffered"|"tradeClosed"|"battleEnded"|"aoi"|"groupLeft"|undefined} body
                 * @memberof hearth.client.v1.Push
                 * @instance
                 */
                Object.defineProperty(Push.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["whisper", "groupLine", "tradeOffered", "tradeClosed", "battleEnded", "aoi", "groupLeft"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Push instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Push
                 * @static
                 * @param {hearth.client.v1.IPush=} [properties] Properties to set
                 * @returns {hearth.client.v1.Push} Push instance
                 */
                Push.create = function create(properties) {
                    return new Push(properties);
                };

                /**
                 * Encodes the specified Push message. Does not implicitly {@link hearth.client.v1.Push.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Push
                 * @static
                 * @param {hearth.client.v1.IPush} message Push message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Push.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                    if (message.whisper != null && Object.hasOwnProperty.call(message, "whisper"))
                        $root.hearth.client.v1.WhisperLine.encode(message.whisper, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.groupLine != null && Object.hasOwnProperty.call(message, "groupLine"))
                        $root.hearth.client.v1.GroupLine.encode(message.groupLine, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.tradeOffered != null && Object.hasOwnProperty.call(message, "tradeOffered"))
                        $root.hearth.client.v1.TradeOffered.encode(message.tradeOffered, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (message.tradeClosed != null && Object.hasOwnProperty.call(message, "tradeClosed"))
                        $root.hearth.client.v1.TradeClosed.encode(message.tradeClosed, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    if (message.battleEnded != null && Object.hasOwnProperty.call(message, "battleEnded"))
                        $root.hearth.client.v1.BattleEnded.encode(message.battleEnded, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                    if (message.aoi != null && Object.hasOwnProperty.call(message, "aoi"))
                        $root.hearth.client.v1.Aoi.encode(message.aoi, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                    if (message.groupLeft != null && Object.hasOwnProperty.call(message, "groupLeft"))
                        $root.hearth.client.v1.GroupLeft.encode(message.groupLeft, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Encodes the specified Push message, length delimited. Does not implicitly {@link hearth.client.v1.Push.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Push
                 * @static
                 * @param {hearth.client.v1.IPush} message Push message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Push.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a Push message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Push
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Push} Push
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Push.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Push();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.seq = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.whisper = $root.hearth.client.v1.WhisperLine.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.groupLine = $root.hearth.client.v1.GroupLine.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 5: {
                                message.tradeOffered = $root.hearth.client.v1.TradeOffered.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 6: {
                                message.tradeClosed = $root.hearth.client.v1.TradeClosed.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 7: {
                                message.battleEnded = $root.hearth.client.v1.BattleEnded.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 8: {
                                message.aoi = $root.hearth.client.v1.Aoi.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 9: {
                                message.groupLeft = $root.hearth.client.v1.GroupLeft.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a Push message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Push
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Push} Push
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Push.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a Push message.
                 * @function verify
                 * @memberof hearth.client.v1.Push
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Push.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    let properties = {};
                    if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                        if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                            return "seq: integer|Long expected";
                    if (message.whisper != null && Object.hasOwnProperty.call(message, "whisper")) {
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.WhisperLine.verify(message.whisper, long + 1);
                            if (error)
                                return "whisper." + error;
                        }
                    }
                    if (message.groupLine != null && Object.hasOwnProperty.call(message, "groupLine")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.GroupLine.verify(message.groupLine, long + 1);
                            if (error)
                                return "groupLine." + error;
                        }
                    }
                    if (message.tradeOffered != null && Object.hasOwnProperty.call(message, "tradeOffered")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.TradeOffered.verify(message.tradeOffered, long + 1);
                            if (error)
                                return "tradeOffered." + error;
                        }
                    }
                    if (message.tradeClosed != null && Object.hasOwnProperty.call(message, "tradeClosed")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.TradeClosed.verify(message.tradeClosed, long + 1);
                            if (error)
                                return "tradeClosed." + error;
                        }
                    }
                    if (message.battleEnded != null && Object.hasOwnProperty.call(message, "battleEnded")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.BattleEnded.verify(message.battleEnded, long + 1);
                            if (error)
                                return "battleEnded." + error;
                        }
                    }
                    if (message.aoi != null && Object.hasOwnProperty.call(message, "aoi")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.Aoi.verify(message.aoi, long + 1);
                            if (error)
                                return "aoi." + error;
                        }
                    }
                    if (message.groupLeft != null && Object.hasOwnProperty.call(message, "groupLeft")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.hearth.client.v1.GroupLeft.verify(message.groupLeft, long + 1);
                            if (error)
                                return "groupLeft." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a Push message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Push
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Push} Push
                 */
                Push.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Push)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.Push: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.Push();
                    if (object.seq != null)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                    if (object.whisper != null) {
                        if (!$util.isObject(object.whisper))
                            throw TypeError(".hearth.client.v1.Push.whisper: object expected");
                        message.whisper = $root.hearth.client.v1.WhisperLine.fromObject(object.whisper, long + 1);
                    }
                    if (object.groupLine != null) {
                        if (!$util.isObject(object.groupLine))
                            throw TypeError(".hearth.client.v1.Push.groupLine: object expected");
                        message.groupLine = $root.hearth.client.v1.GroupLine.fromObject(object.groupLine, long + 1);
                    }
                    if (object.tradeOffered != null) {
                        if (!$util.isObject(object.tradeOffered))
                            throw TypeError(".hearth.client.v1.Push.tradeOffered: object expected");
                        message.tradeOffered = $root.hearth.client.v1.TradeOffered.fromObject(object.tradeOffered, long + 1);
                    }
                    if (object.tradeClosed != null) {
                        if (!$util.isObject(object.tradeClosed))
                            throw TypeError(".hearth.client.v1.Push.tradeClosed: object expected");
                        message.tradeClosed = $root.hearth.client.v1.TradeClosed.fromObject(object.tradeClosed, long + 1);
                    }
                    if (object.battleEnded != null) {
                        if (!$util.isObject(object.battleEnded))
                            throw TypeError(".hearth.client.v1.Push.battleEnded: object expected");
                        message.battleEnded = $root.hearth.client.v1.BattleEnded.fromObject(object.battleEnded, long + 1);
                    }
                    if (object.aoi != null) {
                        if (!$util.isObject(object.aoi))
                            throw TypeError(".hearth.client.v1.Push.aoi: object expected");
                        message.aoi = $root.hearth.client.v1.Aoi.fromObject(object.aoi, long + 1);
                    }
                    if (object.groupLeft != null) {
                        if (!$util.isObject(object.groupLeft))
                            throw TypeError(".hearth.client.v1.Push.groupLeft: object expected");
                        message.groupLeft = $root.hearth.client.v1.GroupLeft.fromObject(object.groupLeft, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Push message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Push
                 * @static
                 * @param {hearth.client.v1.Push} message Push
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Push.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.seq = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.seq = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.seq = typeof message.seq === "number" ? BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                        else if (typeof message.seq === "number")
                            object.seq = options.longs === String ? String(message.seq) : message.seq;
                        else
                            object.seq = options.longs === String ? $util.Long.prototype.toString.call(message.seq) : options.longs === Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                    if (message.whisper != null && Object.hasOwnProperty.call(message, "whisper")) {
                        object.whisper = $root.hearth.client.v1.WhisperLine.toObject(message.whisper, options, q + 1);
                        if (options.oneofs)
                            object.body = "whisper";
                    }
                    if (message.groupLine != null && Object.hasOwnProperty.call(message, "groupLine")) {
                        object.groupLine = $root.hearth.client.v1.GroupLine.toObject(message.groupLine, options, q + 1);
                        if (options.oneofs)
                            object.body = "groupLine";
                    }
                    if (message.tradeOffered != null && Object.hasOwnProperty.call(message, "tradeOffered")) {
                        object.tradeOffered = $root.hearth.client.v1.TradeOffered.toObject(message.tradeOffered, options, q + 1);
                        if (options.oneofs)
                            object.body = "tradeOffered";
                    }
                    if (message.tradeClosed != null && Object.hasOwnProperty.call(message, "tradeClosed")) {
                        object.tradeClosed = $root.hearth.client.v1.TradeClosed.toObject(message.tradeClosed, options, q + 1);
                        if (options.oneofs)
                            object.body = "tradeClosed";
                    }
                    if (message.battleEnded != null && Object.hasOwnProperty.call(message, "battleEnded")) {
                        object.battleEnded = $root.hearth.client.v1.BattleEnded.toObject(message.battleEnded, options, q + 1);
                        if (options.oneofs)
                            object.body = "battleEnded";
                    }
                    if (message.aoi != null && Object.hasOwnProperty.call(message, "aoi")) {
                        object.aoi = $root.hearth.client.v1.Aoi.toObject(message.aoi, options, q + 1);
                        if (options.oneofs)
                            object.body = "aoi";
                    }
                    if (message.groupLeft != null && Object.hasOwnProperty.call(message, "groupLeft")) {
                        object.groupLeft = $root.hearth.client.v1.GroupLeft.toObject(message.groupLeft, options, q + 1);
                        if (options.oneofs)
                            object.body = "groupLeft";
                    }
                    return object;
                };

                /**
                 * Converts this Push to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Push
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Push.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Push
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Push
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Push.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Push";
                };

                return Push;
            })();

            v1.GroupLeft = (function() {

                /**
                 * Properties of a GroupLeft.
                 * @memberof hearth.client.v1
                 * @interface IGroupLeft
                 * @property {hearth.client.v1.GroupKind|null} [kind] GroupLeft kind
                 * @property {number|Long|null} [group] GroupLeft group
                 * @property {string|null} [reason] GroupLeft reason
                 */

                /**
                 * Constructs a new GroupLeft.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a GroupLeft.
                 * @implements IGroupLeft
                 * @constructor
                 * @param {hearth.client.v1.IGroupLeft=} [properties] Properties to set
                 */
                function GroupLeft(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GroupLeft kind.
                 * @member {hearth.client.v1.GroupKind} kind
                 * @memberof hearth.client.v1.GroupLeft
                 * @instance
                 */
                GroupLeft.prototype.kind = 0;

                /**
                 * GroupLeft group.
                 * @member {number|Long} group
                 * @memberof hearth.client.v1.GroupLeft
                 * @instance
                 */
                GroupLeft.prototype.group = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * GroupLeft reason.
                 * @member {string} reason
                 * @memberof hearth.client.v1.GroupLeft
                 * @instance
                 */
                GroupLeft.prototype.reason = "";

                /**
                 * Creates a new GroupLeft instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.GroupLeft
                 * @static
                 * @param {hearth.client.v1.IGroupLeft=} [properties] Properties to set
                 * @returns {hearth.client.v1.GroupLeft} GroupLeft instance
                 */
                GroupLeft.create = function create(properties) {
                    return new GroupLeft(properties);
                };

                /**
                 * Encodes the specified GroupLeft message. Does not implicitly {@link hearth.client.v1.GroupLeft.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.GroupLeft
                 * @static
                 * @param {hearth.client.v1.IGroupLeft} message GroupLeft message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GroupLeft.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                    if (message.group != null && Object.hasOwnProperty.call(message, "group"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.group);
                    if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                    return writer;
                };

                /**
                 * Encodes the specified GroupLeft message, length delimited. Does not implicitly {@link hearth.client.v1.GroupLeft.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.GroupLeft
                 * @static
                 * @param {hearth.client.v1.IGroupLeft} message GroupLeft message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GroupLeft.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a GroupLeft message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.GroupLeft
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.GroupLeft} GroupLeft
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GroupLeft.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.GroupLeft();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.kind = reader.int32();
                                break;
                            }
                        case 2: {
                                message.group = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.reason = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a GroupLeft message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.GroupLeft
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.GroupLeft} GroupLeft
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GroupLeft.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a GroupLeft message.
                 * @function verify
                 * @memberof hearth.client.v1.GroupLeft
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GroupLeft.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        switch (message.kind) {
                        default:
                            return "kind: enum value expected";
                        case 0:
                        case 1:
                        case 2:
                            break;
                        }
                    if (message.group != null && Object.hasOwnProperty.call(message, "group"))
                        if (!$util.isInteger(message.group) && !(message.group && $util.isInteger(message.group.low) && $util.isInteger(message.group.high)))
                            return "group: integer|Long expected";
                    if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    return null;
                };

                /**
                 * Creates a GroupLeft message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.GroupLeft
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.GroupLeft} GroupLeft
                 */
                GroupLeft.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.GroupLeft)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.GroupLeft: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.GroupLeft();
                    switch (object.kind) {
                    default:
                        if (typeof object.kind === "number") {
                            message.kind = object.kind;
                            break;
                        }
                        break;
                    case "GROUP_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "GROUP_GUILD":
                    case 1:
                        message.kind = 1;
                        break;
                    case "GROUP_TEAM":
                    case 2:
                        message.kind = 2;
                        break;
                    }
                    if (object.group != null)
                        if ($util.Long)
                            message.group = $util.Long.fromValue(object.group, true);
                        else if (typeof object.group === "string")
                            message.group = parseInt(object.group, 10);
                        else if (typeof object.group === "number")
                            message.group = object.group;
                        else if (typeof object.group === "object")
                            message.group = new $util.LongBits(object.group.low >>> 0, object.group.high >>> 0).toNumber(true);
                    if (object.reason != null)
                        message.reason = String(object.reason);
                    return message;
                };

                /**
                 * Creates a plain object from a GroupLeft message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.GroupLeft
                 * @static
                 * @param {hearth.client.v1.GroupLeft} message GroupLeft
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GroupLeft.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.kind = options.enums === String ? "GROUP_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.group = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.group = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.reason = "";
                    }
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        object.kind = options.enums === String ? $root.hearth.client.v1.GroupKind[message.kind] === undefined ? message.kind : $root.hearth.client.v1.GroupKind[message.kind] : message.kind;
                    if (message.group != null && Object.hasOwnProperty.call(message, "group"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.group = typeof message.group === "number" ? BigInt(message.group) : $util.Long.fromBits(message.group.low >>> 0, message.group.high >>> 0, true).toBigInt();
                        else if (typeof message.group === "number")
                            object.group = options.longs === String ? String(message.group) : message.group;
                        else
                            object.group = options.longs === String ? $util.Long.prototype.toString.call(message.group) : options.longs === Number ? new $util.LongBits(message.group.low >>> 0, message.group.high >>> 0).toNumber(true) : message.group;
                    if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                /**
                 * Converts this GroupLeft to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.GroupLeft
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GroupLeft.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for GroupLeft
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.GroupLeft
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GroupLeft.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.GroupLeft";
                };

                return GroupLeft;
            })();

            v1.Aoi = (function() {

                /**
                 * Properties of an Aoi.
                 * @memberof hearth.client.v1
                 * @interface IAoi
                 * @property {Array.<hearth.client.v1.ISeen>|null} [seen] Aoi seen
                 * @property {Array.<number|Long>|null} [gone] Aoi gone
                 */

                /**
                 * Constructs a new Aoi.
                 * @memberof hearth.client.v1
                 * @classdesc Represents an Aoi.
                 * @implements IAoi
                 * @constructor
                 * @param {hearth.client.v1.IAoi=} [properties] Properties to set
                 */
                function Aoi(properties) {
                    this.seen = [];
                    this.gone = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Aoi seen.
                 * @member {Array.<hearth.client.v1.ISeen>} seen
                 * @memberof hearth.client.v1.Aoi
                 * @instance
                 */
                Aoi.prototype.seen = $util.emptyArray;

                /**
                 * Aoi gone.
                 * @member {Array.<number|Long>} gone
                 * @memberof hearth.client.v1.Aoi
                 * @instance
                 */
                Aoi.prototype.gone = $util.emptyArray;

                /**
                 * Creates a new Aoi instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Aoi
                 * @static
                 * @param {hearth.client.v1.IAoi=} [properties] Properties to set
                 * @returns {hearth.client.v1.Aoi} Aoi instance
                 */
                Aoi.create = function create(properties) {
                    return new Aoi(properties);
                };

                /**
                 * Encodes the specified Aoi message. Does not implicitly {@link hearth.client.v1.Aoi.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Aoi
                 * @static
                 * @param {hearth.client.v1.IAoi} message Aoi message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Aoi.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.seen != null && message.seen.length)
                        for (let i = 0; i < message.seen.length; ++i)
                            $root.hearth.client.v1.Seen.encode(message.seen[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.gone != null && message.gone.length) {
                        writer.uint32(/* id 2, wireType 2 =*/18).fork();
                        for (let i = 0; i < message.gone.length; ++i)
                            writer.uint64(message.gone[i]);
                        writer.ldelim();
                    }
                    return writer;
                };

                /**
                 * Encodes the specified Aoi message, length delimited. Does not implicitly {@link hearth.client.v1.Aoi.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Aoi
                 * @static
                 * @param {hearth.client.v1.IAoi} message Aoi message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Aoi.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes an Aoi message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Aoi
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Aoi} Aoi
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Aoi.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Aoi();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.seen && message.seen.length))
                                    message.seen = [];
                                message.seen.push($root.hearth.client.v1.Seen.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 2: {
                                if (!(message.gone && message.gone.length))
                                    message.gone = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.gone.push(reader.uint64());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.gone.push(reader.uint64());
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes an Aoi message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Aoi
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Aoi} Aoi
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Aoi.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies an Aoi message.
                 * @function verify
                 * @memberof hearth.client.v1.Aoi
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Aoi.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.seen != null && Object.hasOwnProperty.call(message, "seen")) {
                        if (!Array.isArray(message.seen))
                            return "seen: array expected";
                        for (let i = 0; i < message.seen.length; ++i) {
                            let error = $root.hearth.client.v1.Seen.verify(message.seen[i], long + 1);
                            if (error)
                                return "seen." + error;
                        }
                    }
                    if (message.gone != null && Object.hasOwnProperty.call(message, "gone")) {
                        if (!Array.isArray(message.gone))
                            return "gone: array expected";
                        for (let i = 0; i < message.gone.length; ++i)
                            if (!$util.isInteger(message.gone[i]) && !(message.gone[i] && $util.isInteger(message.gone[i].low) && $util.isInteger(message.gone[i].high)))
                                return "gone: integer|Long[] expected";
                    }
                    return null;
                };

                /**
                 * Creates an Aoi message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Aoi
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Aoi} Aoi
                 */
                Aoi.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Aoi)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.Aoi: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.Aoi();
                    if (object.seen) {
                        if (!Array.isArray(object.seen))
                            throw TypeError(".hearth.client.v1.Aoi.seen: array expected");
                        message.seen = [];
                        for (let i = 0; i < object.seen.length; ++i) {
                            if (!$util.isObject(object.seen[i]))
                                throw TypeError(".hearth.client.v1.Aoi.seen: object expected");
                            message.seen[i] = $root.hearth.client.v1.Seen.fromObject(object.seen[i], long + 1);
                        }
                    }
                    if (object.gone) {
                        if (!Array.isArray(object.gone))
                            throw TypeError(".hearth.client.v1.Aoi.gone: array expected");
                        message.gone = [];
                        for (let i = 0; i < object.gone.length; ++i)
                            if ($util.Long)
                                message.gone[i] = $util.Long.fromValue(object.gone[i], true);
                            else if (typeof object.gone[i] === "string")
                                message.gone[i] = parseInt(object.gone[i], 10);
                            else if (typeof object.gone[i] === "number")
                                message.gone[i] = object.gone[i];
                            else if (typeof object.gone[i] === "object")
                                message.gone[i] = new $util.LongBits(object.gone[i].low >>> 0, object.gone[i].high >>> 0).toNumber(true);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an Aoi message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Aoi
                 * @static
                 * @param {hearth.client.v1.Aoi} message Aoi
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Aoi.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.seen = [];
                        object.gone = [];
                    }
                    if (message.seen && message.seen.length) {
                        object.seen = [];
                        for (let j = 0; j < message.seen.length; ++j)
                            object.seen[j] = $root.hearth.client.v1.Seen.toObject(message.seen[j], options, q + 1);
                    }
                    if (message.gone && message.gone.length) {
                        object.gone = [];
                        for (let j = 0; j < message.gone.length; ++j)
                            if (typeof BigInt !== "undefined" && options.longs === BigInt)
                                object.gone[j] = typeof message.gone[j] === "number" ? BigInt(message.gone[j]) : $util.Long.fromBits(message.gone[j].low >>> 0, message.gone[j].high >>> 0, true).toBigInt();
                            else if (typeof message.gone[j] === "number")
                                object.gone[j] = options.longs === String ? String(message.gone[j]) : message.gone[j];
                            else
                                object.gone[j] = options.longs === String ? $util.Long.prototype.toString.call(message.gone[j]) : options.longs === Number ? new $util.LongBits(message.gone[j].low >>> 0, message.gone[j].high >>> 0).toNumber(true) : message.gone[j];
                    }
                    return object;
                };

                /**
                 * Converts this Aoi to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Aoi
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Aoi.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Aoi
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Aoi
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Aoi.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Aoi";
                };

                return Aoi;
            })();

            v1.Seen = (function() {

                /**
                 * Properties of a Seen.
                 * @memberof hearth.client.v1
                 * @interface ISeen
                 * @property {number|Long|null} [player] Seen player
                 * @property {number|null} [x] Seen x
                 * @property {number|null} [y] Seen y
                 */

                /**
                 * Constructs a new Seen.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a Seen.
                 * @implements ISeen
                 * @constructor
                 * @param {hearth.client.v1.ISeen=} [properties] Properties to set
                 */
                function Seen(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Seen player.
                 * @member {number|Long} player
                 * @memberof hearth.client.v1.Seen
                 * @instance
                 */
                Seen.prototype.player = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Seen x.
                 * @member {number} x
                 * @memberof hearth.client.v1.Seen
                 * @instance
                 */
                Seen.prototype.x = 0;

                /**
                 * Seen y.
                 * @member {number} y
                 * @memberof hearth.client.v1.Seen
                 * @instance
                 */
                Seen.prototype.y = 0;

                /**
                 * Creates a new Seen instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Seen
                 * @static
                 * @param {hearth.client.v1.ISeen=} [properties] Properties to set
                 * @returns {hearth.client.v1.Seen} Seen instance
                 */
                Seen.create = function create(properties) {
                    return new Seen(properties);
                };

                /**
                 * Encodes the specified Seen message. Does not implicitly {@link hearth.client.v1.Seen.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Seen
                 * @static
                 * @param {hearth.client.v1.ISeen} message Seen message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Seen.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.player != null && Object.hasOwnProperty.call(message, "player"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.player);
                    if (message.x != null && Object.hasOwnProperty.call(message, "x"))
                        writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.x);
                    if (message.y != null && Object.hasOwnProperty.call(message, "y"))
                        writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.y);
                    return writer;
                };

                /**
                 * Encodes the specified Seen message, length delimited. Does not implicitly {@link hearth.client.v1.Seen.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Seen
                 * @static
                 * @param {hearth.client.v1.ISeen} message Seen message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Seen.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a Seen message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Seen
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Seen} Seen
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Seen.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Seen();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.player = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.x = reader.sint32();
                                break;
                            }
                        case 3: {
                                message.y = reader.sint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a Seen message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Seen
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Seen} Seen
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Seen.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a Seen message.
                 * @function verify
                 * @memberof hearth.client.v1.Seen
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Seen.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.player != null && Object.hasOwnProperty.call(message, "player"))
                        if (!$util.isInteger(message.player) && !(message.player && $util.isInteger(message.player.low) && $util.isInteger(message.player.high)))
                            return "player: integer|Long expected";
                    if (message.x != null && Object.hasOwnProperty.call(message, "x"))
                        if (!$util.isInteger(message.x))
                            return "x: integer expected";
                    if (message.y != null && Object.hasOwnProperty.call(message, "y"))
                        if (!$util.isInteger(message.y))
                            return "y: integer expected";
                    return null;
                };

                /**
                 * Creates a Seen message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Seen
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Seen} Seen
                 */
                Seen.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Seen)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.Seen: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.Seen();
                    if (object.player != null)
                        if ($util.Long)
                            message.player = $util.Long.fromValue(object.player, true);
                        else if (typeof object.player === "string")
                            message.player = parseInt(object.player, 10);
                        else if (typeof object.player === "number")
                            message.player = object.player;
                        else if (typeof object.player === "object")
                            message.player = new $util.LongBits(object.player.low >>> 0, object.player.high >>> 0).toNumber(true);
                    if (object.x != null)
                        message.x = object.x | 0;
                    if (object.y != null)
                        message.y = object.y | 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Seen message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Seen
                 * @static
                 * @param {hearth.client.v1.Seen} message Seen
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Seen.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.player = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.player = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.x = 0;
                        object.y = 0;
                    }
                    if (message.player != null && Object.hasOwnProperty.call(message, "player"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.player = typeof message.player === "number" ? BigInt(message.player) : $util.Long.fromBits(message.player.low >>> 0, message.player.high >>> 0, true).toBigInt();
                        else if (typeof message.player === "number")
                            object.player = options.longs === String ? String(message.player) : message.player;
                        else
                            object.player = options.longs === String ? $util.Long.prototype.toString.call(message.player) : options.longs === Number ? new $util.LongBits(message.player.low >>> 0, message.player.high >>> 0).toNumber(true) : message.player;
                    if (message.x != null && Object.hasOwnProperty.call(message, "x"))
                        object.x = message.x;
                    if (message.y != null && Object.hasOwnProperty.call(message, "y"))
                        object.y = message.y;
                    return object;
                };

                /**
                 * Converts this Seen to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Seen
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Seen.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Seen
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Seen
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Seen.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Seen";
                };

                return Seen;
            })();

            v1.BattleEnded = (function() {

                /**
                 * Properties of a BattleEnded.
                 * @memberof hearth.client.v1
                 * @interface IBattleEnded
                 * @property {number|Long|null} [battleId] BattleEnded battleId
                 * @property {string|null} [outcome] BattleEnded outcome
                 * @property {number|Long|null} [rewardXp] BattleEnded rewardXp
                 * @property {Array.<hearth.client.v1.IItemStack>|null} [rewardItems] BattleEnded rewardItems
                 */

                /**
                 * Constructs a new BattleEnded.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a BattleEnded.
                 * @implements IBattleEnded
                 * @constructor
                 * @param {hearth.client.v1.IBattleEnded=} [properties] Properties to set
                 */
                function BattleEnded(properties) {
                    this.rewardItems = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * BattleEnded battleId.
                 * @member {number|Long} battleId
                 * @memberof hearth.client.v1.BattleEnded
                 * @instance
                 */
                BattleEnded.prototype.battleId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * BattleEnded outcome.
                 * @member {string} outcome
                 * @memberof hearth.client.v1.BattleEnded
                 * @instance
                 */
                BattleEnded.prototype.outcome = "";

                /**
                 * BattleEnded rewardXp.
                 * @member {number|Long} rewardXp
                 * @memberof hearth.client.v1.BattleEnded
                 * @instance
                 */
                BattleEnded.prototype.rewardXp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * BattleEnded rewardItems.
                 * @member {Array.<hearth.client.v1.IItemStack>} rewardItems
                 * @memberof hearth.client.v1.BattleEnded
                 * @instance
                 */
                BattleEnded.prototype.rewardItems = $util.emptyArray;

                /**
                 * Creates a new BattleEnded instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.BattleEnded
                 * @static
                 * @param {hearth.client.v1.IBattleEnded=} [properties] Properties to set
                 * @returns {hearth.client.v1.BattleEnded} BattleEnded instance
                 */
                BattleEnded.create = function create(properties) {
                    return new BattleEnded(properties);
                };

                /**
                 * Encodes the specified BattleEnded message. Does not implicitly {@link hearth.client.v1.BattleEnded.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.BattleEnded
                 * @static
                 * @param {hearth.client.v1.IBattleEnded} message BattleEnded message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BattleEnded.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.battleId != null && Object.hasOwnProperty.call(message, "battleId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.battleId);
                    if (message.outcome != null && Object.hasOwnProperty.call(message, "outcome"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.outcome);
                    if (message.rewardXp != null && Object.hasOwnProperty.call(message, "rewardXp"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.rewardXp);
                    if (message.rewardItems != null && message.rewardItems.length)
                        for (let i = 0; i < message.rewardItems.length; ++i)
                            $root.hearth.client.v1.ItemStack.encode(message.rewardItems[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Encodes the specified BattleEnded message, length delimited. Does not implicitly {@link hearth.client.v1.BattleEnded.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.BattleEnded
                 * @static
                 * @param {hearth.client.v1.IBattleEnded} message BattleEnded message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BattleEnded.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a BattleEnded message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.BattleEnded
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.BattleEnded} BattleEnded
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BattleEnded.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.BattleEnded();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.battleId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.outcome = reader.string();
                                break;
                            }
                        case 3: {
                                message.rewardXp = reader.uint64();
                                break;
                            }
                        case 4: {
                                if (!(message.rewardItems && message.rewardItems.length))
                                    message.rewardItems = [];
                                message.rewardItems.push($root.hearth.client.v1.ItemStack.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a BattleEnded message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.BattleEnded
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.BattleEnded} BattleEnded
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BattleEnded.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a BattleEnded message.
                 * @function verify
                 * @memberof hearth.client.v1.BattleEnded
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                BattleEnded.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.battleId != null && Object.hasOwnProperty.call(message, "battleId"))
                        if (!$util.isInteger(message.battleId) && !(message.battleId && $util.isInteger(message.battleId.low) && $util.isInteger(message.battleId.high)))
                            return "battleId: integer|Long expected";
                    if (message.outcome != null && Object.hasOwnProperty.call(message, "outcome"))
                        if (!$util.isString(message.outcome))
                            return "outcome: string expected";
                    if (message.rewardXp != null && Object.hasOwnProperty.call(message, "rewardXp"))
                        if (!$util.isInteger(message.rewardXp) && !(message.rewardXp && $util.isInteger(message.rewardXp.low) && $util.isInteger(message.rewardXp.high)))
                            return "rewardXp: integer|Long expected";
                    if (message.rewardItems != null && Object.hasOwnProperty.call(message, "rewardItems")) {
                        if (!Array.isArray(message.rewardItems))
                            return "rewardItems: array expected";
                        for (let i = 0; i < message.rewardItems.length; ++i) {
                            let error = $root.hearth.client.v1.ItemStack.verify(message.rewardItems[i], long + 1);
                            if (error)
                                return "rewardItems." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a BattleEnded message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.BattleEnded
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.BattleEnded} BattleEnded
                 */
                BattleEnded.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.BattleEnded)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.BattleEnded: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.BattleEnded();
                    if (object.battleId != null)
                        if ($util.Long)
                            message.battleId = $util.Long.fromValue(object.battleId, true);
                        else if (typeof object.battleId === "string")
                            message.battleId = parseInt(object.battleId, 10);
                        else if (typeof object.battleId === "number")
                            message.battleId = object.battleId;
                        else if (typeof object.battleId === "object")
                            message.battleId = new $util.LongBits(object.battleId.low >>> 0, object.battleId.high >>> 0).toNumber(true);
                    if (object.outcome != null)
                        message.outcome = String(object.outcome);
                    if (object.rewardXp != null)
                        if ($util.Long)
                            message.rewardXp = $util.Long.fromValue(object.rewardXp, true);
                        else if (typeof object.rewardXp === "string")
                            message.rewardXp = parseInt(object.rewardXp, 10);
                        else if (typeof object.rewardXp === "number")
                            message.rewardXp = object.rewardXp;
                        else if (typeof object.rewardXp === "object")
                            message.rewardXp = new $util.LongBits(object.rewardXp.low >>> 0, object.rewardXp.high >>> 0).toNumber(true);
                    if (object.rewardItems) {
                        if (!Array.isArray(object.rewardItems))
                            throw TypeError(".hearth.client.v1.BattleEnded.rewardItems: array expected");
                        message.rewardItems = [];
                        for (let i = 0; i < object.rewardItems.length; ++i) {
                            if (!$util.isObject(object.rewardItems[i]))
                                throw TypeError(".hearth.client.v1.BattleEnded.rewardItems: object expected");
                            message.rewardItems[i] = $root.hearth.client.v1.ItemStack.fromObject(object.rewardItems[i], long + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a BattleEnded message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.BattleEnded
                 * @static
                 * @param {hearth.client.v1.BattleEnded} message BattleEnded
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BattleEnded.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.rewardItems = [];
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.battleId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.battleId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.outcome = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rewardXp = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.rewardXp = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (message.battleId != null && Object.hasOwnProperty.call(message, "battleId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.battleId = typeof message.battleId === "number" ? BigInt(message.battleId) : $util.Long.fromBits(message.battleId.low >>> 0, message.battleId.high >>> 0, true).toBigInt();
                        else if (typeof message.battleId === "number")
                            object.battleId = options.longs === String ? String(message.battleId) : message.battleId;
                        else
                            object.battleId = options.longs === String ? $util.Long.prototype.toString.call(message.battleId) : options.longs === Number ? new $util.LongBits(message.battleId.low >>> 0, message.battleId.high >>> 0).toNumber(true) : message.battleId;
                    if (message.outcome != null && Object.hasOwnProperty.call(message, "outcome"))
                        object.outcome = message.outcome;
                    if (message.rewardXp != null && Object.hasOwnProperty.call(message, "rewardXp"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.rewardXp = typeof message.rewardXp === "number" ? BigInt(message.rewardXp) : $util.Long.fromBits(message.rewardXp.low >>> 0, message.rewardXp.high >>> 0, true).toBigInt();
                        else if (typeof message.rewardXp === "number")
                            object.rewardXp = options.longs === String ? String(message.rewardXp) : message.rewardXp;
                        else
                            object.rewardXp = options.longs === String ? $util.Long.prototype.toString.call(message.rewardXp) : options.longs === Number ? new $util.LongBits(message.rewardXp.low >>> 0, message.rewardXp.high >>> 0).toNumber(true) : message.rewardXp;
                    if (message.rewardItems && message.rewardItems.length) {
                        object.rewardItems = [];
                        for (let j = 0; j < message.rewardItems.length; ++j)
                            object.rewardItems[j] = $root.hearth.client.v1.ItemStack.toObject(message.rewardItems[j], options, q + 1);
                    }
                    return object;
                };

                /**
                 * Converts this BattleEnded to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.BattleEnded
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BattleEnded.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for BattleEnded
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.BattleEnded
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                BattleEnded.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.BattleEnded";
                };

                return BattleEnded;
            })();

            v1.TradeOffered = (function() {

                /**
                 * Properties of a TradeOffered.
                 * @memberof hearth.client.v1
                 * @interface ITradeOffered
                 * @property {number|Long|null} [fromPlayer] TradeOffered fromPlayer
                 * @property {number|Long|null} [offerId] TradeOffered offerId
                 * @property {string|null} [item] TradeOffered item
                 * @property {Array.<hearth.client.v1.IItemStack>|null} [give] TradeOffered give
                 * @property {number|Long|null} [giveGold] TradeOffered giveGold
                 * @property {Array.<hearth.client.v1.IItemStack>|null} [want] TradeOffered want
                 * @property {number|Long|null} [wantGold] TradeOffered wantGold
                 */

                /**
                 * Constructs a new TradeOffered.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a TradeOffered.
                 * @implements ITradeOffered
                 * @constructor
                 * @param {hearth.client.v1.ITradeOffered=} [properties] Properties to set
                 */
                function TradeOffered(properties) {
                    this.give = [];
                    this.want = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * TradeOffered fromPlayer.
                 * @member {number|Long} fromPlayer
                 * @memberof hearth.client.v1.TradeOffered
                 * @instance
                 */
                TradeOffered.prototype.fromPlayer = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TradeOffered offerId.
                 * @member {number|Long} offerId
                 * @memberof hearth.client.v1.TradeOffered
                 * @instance
                 */
                TradeOffered.prototype.offerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TradeOffered item.
                 * @member {string} item
                 * @memberof hearth.client.v1.TradeOffered
                 * @instance
                 */
                TradeOffered.prototype.item = "";

                /**
                 * TradeOffered give.
                 * @member {Array.<hearth.client.v1.IItemStack>} give
                 * @memberof hearth.client.v1.TradeOffered
                 * @instance
                 */
                TradeOffered.prototype.give = $util.emptyArray;

                /**
                 * TradeOffered giveGold.
                 * @member {number|Long} giveGold
                 * @memberof hearth.client.v1.TradeOffered
                 * @instance
                 */
                TradeOffered.prototype.giveGold = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TradeOffered want.
                 * @member {Array.<hearth.client.v1.IItemStack>} want
                 * @memberof hearth.client.v1.TradeOffered
                 * @instance
                 */
                TradeOffered.prototype.want = $util.emptyArray;

                /**
                 * TradeOffered wantGold.
                 * @member {number|Long} wantGold
                 * @memberof hearth.client.v1.TradeOffered
                 * @instance
                 */
                TradeOffered.prototype.wantGold = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new TradeOffered instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.TradeOffered
                 * @static
                 * @param {hearth.client.v1.ITradeOffered=} [properties] Properties to set
                 * @returns {hearth.client.v1.TradeOffered} TradeOffered instance
                 */
                TradeOffered.create = function create(properties) {
                    return new TradeOffered(properties);
                };

                /**
                 * Encodes the specified TradeOffered message. Does not implicitly {@link hearth.client.v1.TradeOffered.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.TradeOffered
                 * @static
                 * @param {hearth.client.v1.ITradeOffered} message TradeOffered message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TradeOffered.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.fromPlayer != null && Object.hasOwnProperty.call(message, "fromPlayer"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.fromPlayer);
                    if (message.offerId != null && Object.hasOwnProperty.call(message, "offerId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offerId);
                    if (message.item != null && Object.hasOwnProperty.call(message, "item"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.item);
                    if (message.give != null && message.give.length)
                        for (let i = 0; i < message.give.length; ++i)
                            $root.hearth.client.v1.ItemStack.encode(message.give[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.giveGold != null && Object.hasOwnProperty.call(message, "giveGold"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.giveGold);
                    if (message.want != null && message.want.length)
                        for (let i = 0; i < message.want.length; ++i)
                            $root.hearth.client.v1.ItemStack.encode(message.want[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    if (message.wantGold != null && Object.hasOwnProperty.call(message, "wantGold"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.wantGold);
                    return writer;
                };

                /**
                 * Encodes the specified TradeOffered message, length delimited. Does not implicitly {@link hearth.client.v1.TradeOffered.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.TradeOffered
                 * @static
                 * @param {hearth.client.v1.ITradeOffered} message TradeOffered message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TradeOffered.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a TradeOffered message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.TradeOffered
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.TradeOffered} TradeOffered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TradeOffered.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.TradeOffered();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.fromPlayer = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.offerId = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.item = reader.string();
                                break;
                            }
                        case 4: {
                                if (!(message.give && message.give.length))
                                    message.give = [];
                                message.give.push($root.hearth.client.v1.ItemStack.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 5: {
                                message.giveGold = reader.uint64();
                                break;
                            }
                        case 6: {
                                if (!(message.want && message.want.length))
                                    message.want = [];
                                message.want.push($root.hearth.client.v1.ItemStack.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 7: {
                                message.wantGold = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a TradeOffered message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.TradeOffered
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.TradeOffered} TradeOffered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TradeOffered.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a TradeOffered message.
                 * @function verify
                 * @memberof hearth.client.v1.TradeOffered
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TradeOffered.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.fromPlayer != null && Object.hasOwnProperty.call(message, "fromPlayer"))
                        if (!$util.isInteger(message.fromPlayer) && !(message.fromPlayer && $util.isInteger(message.fromPlayer.low) && $util.isInteger(message.fromPlayer.high)))
                            return "fromPlayer: integer|Long expected";
                    if (message.offerId != null && Object.hasOwnProperty.call(message, "offerId"))
                        if (!$util.isInteger(message.offerId) && !(message.offerId && $util.isInteger(message.offerId.low) && $util.isInteger(message.offerId.high)))
                            return "offerId: integer|Long expected";
                    if (message.item != null && Object.hasOwnProperty.call(message, "item"))
                        if (!$util.isString(message.item))
                            return "item: string expected";
                    if (message.give != null && Object.hasOwnProperty.call(message, "give")) {
                        if (!Array.isArray(message.give))
                            return "give: array expected";
                        for (let i = 0; i < message.give.length; ++i) {
                            let error = $root.hearth.client.v1.ItemStack.verify(message.give[i], long + 1);
                            if (error)
                                return "give." + error;
                        }
                    }
                    if (message.giveGold != null && Object.hasOwnProperty.call(message, "giveGold"))
                        if (!$util.isInteger(message.giveGold) && !(message.giveGold && $util.isInteger(message.giveGold.low) && $util.isInteger(message.giveGold.high)))
                            return "giveGold: integer|Long expected";
                    if (message.want != null && Object.hasOwnProperty.call(message, "want")) {
                        if (!Array.isArray(message.want))
                            return "want: array expected";
                        for (let i = 0; i < message.want.length; ++i) {
                            let error = $root.hearth.client.v1.ItemStack.verify(message.want[i], long + 1);
                            if (error)
                                return "want." + error;
                        }
                    }
                    if (message.wantGold != null && Object.hasOwnProperty.call(message, "wantGold"))
                        if (!$util.isInteger(message.wantGold) && !(message.wantGold && $util.isInteger(message.wantGold.low) && $util.isInteger(message.wantGold.high)))
                            return "wantGold: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a TradeOffered message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.TradeOffered
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.TradeOffered} TradeOffered
                 */
                TradeOffered.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.TradeOffered)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.TradeOffered: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.TradeOffered();
                    if (object.fromPlayer != null)
                        if ($util.Long)
                            message.fromPlayer = $util.Long.fromValue(object.fromPlayer, true);
                        else if (typeof object.fromPlayer === "string")
                            message.fromPlayer = parseInt(object.fromPlayer, 10);
                        else if (typeof object.fromPlayer === "number")
                            message.fromPlayer = object.fromPlayer;
                        else if (typeof object.fromPlayer === "object")
                            message.fromPlayer = new $util.LongBits(object.fromPlayer.low >>> 0, object.fromPlayer.high >>> 0).toNumber(true);
                    if (object.offerId != null)
                        if ($util.Long)
                            message.offerId = $util.Long.fromValue(object.offerId, true);
                        else if (typeof object.offerId === "string")
                            message.offerId = parseInt(object.offerId, 10);
                        else if (typeof object.offerId === "number")
                            message.offerId = object.offerId;
                        else if (typeof object.offerId === "object")
                            message.offerId = new $util.LongBits(object.offerId.low >>> 0, object.offerId.high >>> 0).toNumber(true);
                    if (object.item != null)
                        message.item = String(object.item);
                    if (object.give) {
                        if (!Array.isArray(object.give))
                            throw TypeError(".hearth.client.v1.TradeOffered.give: array expected");
                        message.give = [];
                        for (let i = 0; i < object.give.length; ++i) {
                            if (!$util.isObject(object.give[i]))
                                throw TypeError(".hearth.client.v1.TradeOffered.give: object expected");
                            message.give[i] = $root.hearth.client.v1.ItemStack.fromObject(object.give[i], long + 1);
                        }
                    }
                    if (object.giveGold != null)
                        if ($util.Long)
                            message.giveGold = $util.Long.fromValue(object.giveGold, true);
                        else if (typeof object.giveGold === "string")
                            message.giveGold = parseInt(object.giveGold, 10);
                        else if (typeof object.giveGold === "number")
                            message.giveGold = object.giveGold;
                        else if (typeof object.giveGold === "object")
                            message.giveGold = new $util.LongBits(object.giveGold.low >>> 0, object.giveGold.high >>> 0).toNumber(true);
                    if (object.want) {
                        if (!Array.isArray(object.want))
                            throw TypeError(".hearth.client.v1.TradeOffered.want: array expected");
                        message.want = [];
                        for (let i = 0; i < object.want.length; ++i) {
                            if (!$util.isObject(object.want[i]))
                                throw TypeError(".hearth.client.v1.TradeOffered.want: object expected");
                            message.want[i] = $root.hearth.client.v1.ItemStack.fromObject(object.want[i], long + 1);
                        }
                    }
                    if (object.wantGold != null)
                        if ($util.Long)
                            message.wantGold = $util.Long.fromValue(object.wantGold, true);
                        else if (typeof object.wantGold === "string")
                            message.wantGold = parseInt(object.wantGold, 10);
                        else if (typeof object.wantGold === "number")
                            message.wantGold = object.wantGold;
                        else if (typeof object.wantGold === "object")
                            message.wantGold = new $util.LongBits(object.wantGold.low >>> 0, object.wantGold.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a TradeOffered message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.TradeOffered
                 * @static
                 * @param {hearth.client.v1.TradeOffered} message TradeOffered
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TradeOffered.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.give = [];
                        object.want = [];
                    }
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.fromPlayer = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.fromPlayer = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.offerId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.offerId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.item = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.giveGold = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.giveGold = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.wantGold = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.wantGold = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (message.fromPlayer != null && Object.hasOwnProperty.call(message, "fromPlayer"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.fromPlayer = typeof message.fromPlayer === "number" ? BigInt(message.fromPlayer) : $util.Long.fromBits(message.fromPlayer.low >>> 0, message.fromPlayer.high >>> 0, true).toBigInt();
                        else if (typeof message.fromPlayer === "number")
                            object.fromPlayer = options.longs === String ? String(message.fromPlayer) : message.fromPlayer;
                        else
                            object.fromPlayer = options.longs === String ? $util.Long.prototype.toString.call(message.fromPlayer) : options.longs === Number ? new $util.LongBits(message.fromPlayer.low >>> 0, message.fromPlayer.high >>> 0).toNumber(true) : message.fromPlayer;
                    if (message.offerId != null && Object.hasOwnProperty.call(message, "offerId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.offerId = typeof message.offerId === "number" ? BigInt(message.offerId) : $util.Long.fromBits(message.offerId.low >>> 0, message.offerId.high >>> 0, true).toBigInt();
                        else if (typeof message.offerId === "number")
                            object.offerId = options.longs === String ? String(message.offerId) : message.offerId;
                        else
                            object.offerId = options.longs === String ? $util.Long.prototype.toString.call(message.offerId) : options.longs === Number ? new $util.LongBits(message.offerId.low >>> 0, message.offerId.high >>> 0).toNumber(true) : message.offerId;
                    if (message.item != null && Object.hasOwnProperty.call(message, "item"))
                        object.item = message.item;
                    if (message.give && message.give.length) {
                        object.give = [];
                        for (let j = 0; j < message.give.length; ++j)
                            object.give[j] = $root.hearth.client.v1.ItemStack.toObject(message.give[j], options, q + 1);
                    }
                    if (message.giveGold != null && Object.hasOwnProperty.call(message, "giveGold"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.giveGold = typeof message.giveGold === "number" ? BigInt(message.giveGold) : $util.Long.fromBits(message.giveGold.low >>> 0, message.giveGold.high >>> 0, true).toBigInt();
                        else if (typeof message.giveGold === "number")
                            object.giveGold = options.longs === String ? String(message.giveGold) : message.giveGold;
                        else
                            object.giveGold = options.longs === String ? $util.Long.prototype.toString.call(message.giveGold) : options.longs === Number ? new $util.LongBits(message.giveGold.low >>> 0, message.giveGold.high >>> 0).toNumber(true) : message.giveGold;
                    if (message.want && message.want.length) {
                        object.want = [];
                        for (let j = 0; j < message.want.length; ++j)
                            object.want[j] = $root.hearth.client.v1.ItemStack.toObject(message.want[j], options, q + 1);
                    }
                    if (message.wantGold != null && Object.hasOwnProperty.call(message, "wantGold"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.wantGold = typeof message.wantGold === "number" ? BigInt(message.wantGold) : $util.Long.fromBits(message.wantGold.low >>> 0, message.wantGold.high >>> 0, true).toBigInt();
                        else if (typeof message.wantGold === "number")
                            object.wantGold = options.longs === String ? String(message.wantGold) : message.wantGold;
                        else
                            object.wantGold = options.longs === String ? $util.Long.prototype.toString.call(message.wantGold) : options.longs === Number ? new $util.LongBits(message.wantGold.low >>> 0, message.wantGold.high >>> 0).toNumber(true) : message.wantGold;
                    return object;
                };

                /**
                 * Converts this TradeOffered to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.TradeOffered
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TradeOffered.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for TradeOffered
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.TradeOffered
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                TradeOffered.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.TradeOffered";
                };

                return TradeOffered;
            })();

            /**
             * TradeOutcome enum.
             * @name hearth.client.v1.TradeOutcome
             * @enum {number}
             * @property {number} TRADE_UNSPECIFIED=0 TRADE_UNSPECIFIED value
             * @property {number} TRADE_ACCEPTED=1 TRADE_ACCEPTED value
             * @property {number} TRADE_DECLINED=2 TRADE_DECLINED value
             * @property {number} TRADE_EXPIRED=3 TRADE_EXPIRED value
             * @property {number} TRADE_FAILED=4 TRADE_FAILED value
             */
            v1.TradeOutcome = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "TRADE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "TRADE_ACCEPTED"] = 1;
                values[valuesById[2] = "TRADE_DECLINED"] = 2;
                values[valuesById[3] = "TRADE_EXPIRED"] = 3;
                values[valuesById[4] = "TRADE_FAILED"] = 4;
                return values;
            })();

            v1.TradeClosed = (function() {

                /**
                 * Properties of a TradeClosed.
                 * @memberof hearth.client.v1
                 * @interface ITradeClosed
                 * @property {number|Long|null} [fromPlayer] TradeClosed fromPlayer
                 * @property {number|Long|null} [toPlayer] TradeClosed toPlayer
                 * @property {number|Long|null} [offerId] TradeClosed offerId
                 * @property {hearth.client.v1.TradeOutcome|null} [outcome] TradeClosed outcome
                 * @property {string|null} [reason] TradeClosed reason
                 */

                /**
                 * Constructs a new TradeClosed.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a TradeClosed.
                 * @implements ITradeClosed
                 * @constructor
                 * @param {hearth.client.v1.ITradeClosed=} [properties] Properties to set
                 */
                function TradeClosed(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * TradeClosed fromPlayer.
                 * @member {number|Long} fromPlayer
                 * @memberof hearth.client.v1.TradeClosed
                 * @instance
                 */
                TradeClosed.prototype.fromPlayer = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TradeClosed toPlayer.
                 * @member {number|Long} toPlayer
                 * @memberof hearth.client.v1.TradeClosed
                 * @instance
                 */
                TradeClosed.prototype.toPlayer = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TradeClosed offerId.
                 * @member {number|Long} offerId
                 * @memberof hearth.client.v1.TradeClosed
                 * @instance
                 */
                TradeClosed.prototype.offerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TradeClosed outcome.
                 * @member {hearth.client.v1.TradeOutcome} outcome
                 * @memberof hearth.client.v1.TradeClosed
                 * @instance
                 */
                TradeClosed.prototype.outcome = 0;

                /**
                 * TradeClosed reason.
                 * @member {string} reason
                 * @memberof hearth.client.v1.TradeClosed
                 * @instance
                 */
                TradeClosed.prototype.reason = "";

                /**
                 * Creates a new TradeClosed instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.TradeClosed
                 * @static
                 * @param {hearth.client.v1.ITradeClosed=} [properties] Properties to set
                 * @returns {hearth.client.v1.TradeClosed} TradeClosed instance
                 */
                TradeClosed.create = function create(properties) {
                    return new TradeClosed(properties);
                };

                /**
                 * Encodes the specified TradeClosed message. Does not implicitly {@link hearth.client.v1.TradeClosed.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.TradeClosed
                 * @static
                 * @param {hearth.client.v1.ITradeClosed} message TradeClosed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TradeClosed.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.fromPlayer != null && Object.hasOwnProperty.call(message, "fromPlayer"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.fromPlayer);
                    if (message.toPlayer != null && Object.hasOwnProperty.call(message, "toPlayer"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.toPlayer);
                    if (message.offerId != null && Object.hasOwnProperty.call(message, "offerId"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.offerId);
                    if (message.outcome != null && Object.hasOwnProperty.call(message, "outcome"))
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.outcome);
                    if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                    return writer;
                };

                /**
                 * Encodes the specified TradeClosed message, length delimited. Does not implicitly {@link hearth.client.v1.TradeClosed.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.TradeClosed
                 * @static
                 * @param {hearth.client.v1.ITradeClosed} message TradeClosed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TradeClosed.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a TradeClosed message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.TradeClosed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.TradeClosed} TradeClosed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TradeClosed.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.TradeClosed();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.fromPlayer = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.toPlayer = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.offerId = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.outcome = reader.int32();
                                break;
                            }
                        case 5: {
                                message.reason = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a TradeClosed message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.TradeClosed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.TradeClosed} TradeClosed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TradeClosed.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a TradeClosed message.
                 * @function verify
                 * @memberof hearth.client.v1.TradeClosed
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TradeClosed.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.fromPlayer != null && Object.hasOwnProperty.call(message, "fromPlayer"))
                        if (!$util.isInteger(message.fromPlayer) && !(message.fromPlayer && $util.isInteger(message.fromPlayer.low) && $util.isInteger(message.fromPlayer.high)))
                            return "fromPlayer: integer|Long expected";
                    if (message.toPlayer != null && Object.hasOwnProperty.call(message, "toPlayer"))
                        if (!$util.isInteger(message.toPlayer) && !(message.toPlayer && $util.isInteger(message.toPlayer.low) && $util.isInteger(message.toPlayer.high)))
                            return "toPlayer: integer|Long expected";
                    if (message.offerId != null && Object.hasOwnProperty.call(message, "offerId"))
                        if (!$util.isInteger(message.offerId) && !(message.offerId && $util.isInteger(message.offerId.low) && $util.isInteger(message.offerId.high)))
                            return "offerId: integer|Long expected";
                    if (message.outcome != null && Object.hasOwnProperty.call(message, "outcome"))
                        switch (message.outcome) {
                        default:
                            return "outcome: enum value expected";
                        case 0:
                        case 1:
                        case 2:
                        case 3:
                        case 4:
                            break;
                        }
                    if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    return null;
                };

                /**
                 * Creates a TradeClosed message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.TradeClosed
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.TradeClosed} TradeClosed
                 */
                TradeClosed.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.TradeClosed)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.TradeClosed: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.TradeClosed();
                    if (object.fromPlayer != null)
                        if ($util.Long)
                            message.fromPlayer = $util.Long.fromValue(object.fromPlayer, true);
                        else if (typeof object.fromPlayer === "string")
                            message.fromPlayer = parseInt(object.fromPlayer, 10);
                        else if (typeof object.fromPlayer === "number")
                            message.fromPlayer = object.fromPlayer;
                        else if (typeof object.fromPlayer === "object")
                            message.fromPlayer = new $util.LongBits(object.fromPlayer.low >>> 0, object.fromPlayer.high >>> 0).toNumber(true);
                    if (object.toPlayer != null)
                        if ($util.Long)
                            message.toPlayer = $util.Long.fromValue(object.toPlayer, true);
                        else if (typeof object.toPlayer === "string")
                            message.toPlayer = parseInt(object.toPlayer, 10);
                        else if (typeof object.toPlayer === "number")
                            message.toPlayer = object.toPlayer;
                        else if (typeof object.toPlayer === "object")
                            message.toPlayer = new $util.LongBits(object.toPlayer.low >>> 0, object.toPlayer.high >>> 0).toNumber(true);
                    if (object.offerId != null)
                        if ($util.Long)
                            message.offerId = $util.Long.fromValue(object.offerId, true);
                        else if (typeof object.offerId === "string")
                            message.offerId = parseInt(object.offerId, 10);
                        else if (typeof object.offerId === "number")
                            message.offerId = object.offerId;
                        else if (typeof object.offerId === "object")
                            message.offerId = new $util.LongBits(object.offerId.low >>> 0, object.offerId.high >>> 0).toNumber(true);
                    switch (object.outcome) {
                    default:
                        if (typeof object.outcome === "number") {
                            message.outcome = object.outcome;
                            break;
                        }
                        break;
                    case "TRADE_UNSPECIFIED":
                    case 0:
                        message.outcome = 0;
                        break;
                    case "TRADE_ACCEPTED":
                    case 1:
                        message.outcome = 1;
                        break;
                    case "TRADE_DECLINED":
                    case 2:
                        message.outcome = 2;
                        break;
                    case "TRADE_EXPIRED":
                    case 3:
                        message.outcome = 3;
                        break;
                    case "TRADE_FAILED":
                    case 4:
                        message.outcome = 4;
                        break;
                    }
                    if (object.reason != null)
                        message.reason = String(object.reason);
                    return message;
                };

                /**
                 * Creates a plain object from a TradeClosed message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.TradeClosed
                 * @static
                 * @param {hearth.client.v1.TradeClosed} message TradeClosed
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TradeClosed.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.fromPlayer = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.fromPlayer = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.toPlayer = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.toPlayer = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.offerId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.offerId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.outcome = options.enums === String ? "TRADE_UNSPECIFIED" : 0;
                        object.reason = "";
                    }
                    if (message.fromPlayer != null && Object.hasOwnProperty.call(message, "fromPlayer"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.fromPlayer = typeof message.fromPlayer === "number" ? BigInt(message.fromPlayer) : $util.Long.fromBits(message.fromPlayer.low >>> 0, message.fromPlayer.high >>> 0, true).toBigInt();
                        else if (typeof message.fromPlayer === "number")
                            object.fromPlayer = options.longs === String ? String(message.fromPlayer) : message.fromPlayer;
                        else
                            object.fromPlayer = options.longs === String ? $util.Long.prototype.toString.call(message.fromPlayer) : options.longs === Number ? new $util.LongBits(message.fromPlayer.low >>> 0, message.fromPlayer.high >>> 0).toNumber(true) : message.fromPlayer;
                    if (message.toPlayer != null && Object.hasOwnProperty.call(message, "toPlayer"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.toPlayer = typeof message.toPlayer === "number" ? BigInt(message.toPlayer) : $util.Long.fromBits(message.toPlayer.low >>> 0, message.toPlayer.high >>> 0, true).toBigInt();
                        else if (typeof message.toPlayer === "number")
                            object.toPlayer = options.longs === String ? String(message.toPlayer) : message.toPlayer;
                        else
                            object.toPlayer = options.longs === String ? $util.Long.prototype.toString.call(message.toPlayer) : options.longs === Number ? new $util.LongBits(message.toPlayer.low >>> 0, message.toPlayer.high >>> 0).toNumber(true) : message.toPlayer;
                    if (message.offerId != null && Object.hasOwnProperty.call(message, "offerId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.offerId = typeof message.offerId === "number" ? BigInt(message.offerId) : $util.Long.fromBits(message.offerId.low >>> 0, message.offerId.high >>> 0, true).toBigInt();
                        else if (typeof message.offerId === "number")
                            object.offerId = options.longs === String ? String(message.offerId) : message.offerId;
                        else
                            object.offerId = options.longs === String ? $util.Long.prototype.toString.call(message.offerId) : options.longs === Number ? new $util.LongBits(message.offerId.low >>> 0, message.offerId.high >>> 0).toNumber(true) : message.offerId;
                    if (message.outcome != null && Object.hasOwnProperty.call(message, "outcome"))
                        object.outcome = options.enums === String ? $root.hearth.client.v1.TradeOutcome[message.outcome] === undefined ? message.outcome : $root.hearth.client.v1.TradeOutcome[message.outcome] : message.outcome;
                    if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                /**
                 * Converts this TradeClosed to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.TradeClosed
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TradeClosed.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for TradeClosed
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.TradeClosed
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                TradeClosed.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.TradeClosed";
                };

                return TradeClosed;
            })();

            v1.GroupLine = (function() {

                /**
                 * Properties of a GroupLine.
                 * @memberof hearth.client.v1
                 * @interface IGroupLine
                 * @property {hearth.client.v1.GroupKind|null} [kind] GroupLine kind
                 * @property {number|Long|null} [group] GroupLine group
                 * @property {number|Long|null} [fromPlayer] GroupLine fromPlayer
                 * @property {string|null} [text] GroupLine text
                 */

                /**
                 * Constructs a new GroupLine.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a GroupLine.
                 * @implements IGroupLine
                 * @constructor
                 * @param {hearth.client.v1.IGroupLine=} [properties] Properties to set
                 */
                function GroupLine(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GroupLine kind.
                 * @member {hearth.client.v1.GroupKind} kind
                 * @memberof hearth.client.v1.GroupLine
                 * @instance
                 */
                GroupLine.prototype.kind = 0;

                /**
                 * GroupLine group.
                 * @member {number|Long} group
                 * @memberof hearth.client.v1.GroupLine
                 * @instance
                 */
                GroupLine.prototype.group = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * GroupLine fromPlayer.
                 * @member {number|Long} fromPlayer
                 * @memberof hearth.client.v1.GroupLine
                 * @instance
                 */
                GroupLine.prototype.fromPlayer = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * GroupLine text.
                 * @member {string} text
                 * @memberof hearth.client.v1.GroupLine
                 * @instance
                 */
                GroupLine.prototype.text = "";

                /**
                 * Creates a new GroupLine instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.GroupLine
                 * @static
                 * @param {hearth.client.v1.IGroupLine=} [properties] Properties to set
                 * @returns {hearth.client.v1.GroupLine} GroupLine instance
                 */
                GroupLine.create = function create(properties) {
                    return new GroupLine(properties);
                };

                /**
                 * Encodes the specified GroupLine message. Does not implicitly {@link hearth.client.v1.GroupLine.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.GroupLine
                 * @static
                 * @param {hearth.client.v1.IGroupLine} message GroupLine message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GroupLine.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                    if (message.group != null && Object.hasOwnProperty.call(message, "group"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.group);
                    if (message.fromPlayer != null && Object.hasOwnProperty.call(message, "fromPlayer"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.fromPlayer);
                    if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.text);
                    return writer;
                };

                /**
                 * Encodes the specified GroupLine message, length delimited. Does not implicitly {@link hearth.client.v1.GroupLine.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.GroupLine
                 * @static
                 * @param {hearth.client.v1.IGroupLine} message GroupLine message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GroupLine.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a GroupLine message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.GroupLine
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.GroupLine} GroupLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GroupLine.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.GroupLine();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.kind = reader.int32();
                                break;
                            }
                        case 2: {
                                message.group = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.fromPlayer = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.text = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a GroupLine message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.GroupLine
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.GroupLine} GroupLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GroupLine.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a GroupLine message.
                 * @function verify
                 * @memberof hearth.client.v1.GroupLine
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GroupLine.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        switch (message.kind) {
                        default:
                            return "kind: enum value expected";
                        case 0:
                        case 1:
                        case 2:
                            break;
                        }
                    if (message.group != null && Object.hasOwnProperty.call(message, "group"))
                        if (!$util.isInteger(message.group) && !(message.group && $util.isInteger(message.group.low) && $util.isInteger(message.group.high)))
                            return "group: integer|Long expected";
                    if (message.fromPlayer != null && Object.hasOwnProperty.call(message, "fromPlayer"))
                        if (!$util.isInteger(message.fromPlayer) && !(message.fromPlayer && $util.isInteger(message.fromPlayer.low) && $util.isInteger(message.fromPlayer.high)))
                            return "fromPlayer: integer|Long expected";
                    if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                        if (!$util.isString(message.text))
                            return "text: string expected";
                    return null;
                };

                /**
                 * Creates a GroupLine message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.GroupLine
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.GroupLine} GroupLine
                 */
                GroupLine.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.GroupLine)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.GroupLine: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.GroupLine();
                    switch (object.kind) {
                    default:
                        if (typeof object.kind === "number") {
                            message.kind = object.kind;
                            break;
                        }
                        break;
                    case "GROUP_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "GROUP_GUILD":
                    case 1:
                        message.kind = 1;
                        break;
                    case "GROUP_TEAM":
                    case 2:
                        message.kind = 2;
                        break;
                    }
                    if (object.group != null)
                        if ($util.Long)
                            message.group = $util.Long.fromValue(object.group, true);
                        else if (typeof object.group === "string")
                            message.group = parseInt(object.group, 10);
                        else if (typeof object.group === "number")
                            message.group = object.group;
                        else if (typeof object.group === "object")
                            message.group = new $util.LongBits(object.group.low >>> 0, object.group.high >>> 0).toNumber(true);
                    if (object.fromPlayer != null)
                        if ($util.Long)
                            message.fromPlayer = $util.Long.fromValue(object.fromPlayer, true);
                        else if (typeof object.fromPlayer === "string")
                            message.fromPlayer = parseInt(object.fromPlayer, 10);
                        else if (typeof object.fromPlayer === "number")
                            message.fromPlayer = object.fromPlayer;
                        else if (typeof object.fromPlayer === "object")
                            message.fromPlayer = new $util.LongBits(object.fromPlayer.low >>> 0, object.fromPlayer.high >>> 0).toNumber(true);
                    if (object.text != null)
                        message.text = String(object.text);
                    return message;
                };

                /**
                 * Creates a plain object from a GroupLine message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.GroupLine
                 * @static
                 * @param {hearth.client.v1.GroupLine} message GroupLine
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GroupLine.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.kind = options.enums === String ? "GROUP_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.group = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.group = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.fromPlayer = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.fromPlayer = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.text = "";
                    }
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        object.kind = options.enums === String ? $root.hearth.client.v1.GroupKind[message.kind] === undefined ? message.kind : $root.hearth.client.v1.GroupKind[message.kind] : message.kind;
                    if (message.group != null && Object.hasOwnProperty.call(message, "group"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.group = typeof message.group === "number" ? BigInt(message.group) : $util.Long.fromBits(message.group.low >>> 0, message.group.high >>> 0, true).toBigInt();
                        else if (typeof message.group === "number")
                            object.group = options.longs === String ? String(message.group) : message.group;
                        else
                            object.group = options.longs === String ? $util.Long.prototype.toString.call(message.group) : options.longs === Number ? new $util.LongBits(message.group.low >>> 0, message.group.high >>> 0).toNumber(true) : message.group;
                    if (message.fromPlayer != null && Object.hasOwnProperty.call(message, "fromPlayer"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.fromPlayer = typeof message.fromPlayer === "number" ? BigInt(message.fromPlayer) : $util.Long.fromBits(message.fromPlayer.low >>> 0, message.fromPlayer.high >>> 0, true).toBigInt();
                        else if (typeof message.fromPlayer === "number")
                            object.fromPlayer = options.longs === String ? String(message.fromPlayer) : message.fromPlayer;
                        else
                            object.fromPlayer = options.longs === String ? $util.Long.prototype.toString.call(message.fromPlayer) : options.longs === Number ? new $util.LongBits(message.fromPlayer.low >>> 0, message.fromPlayer.high >>> 0).toNumber(true) : message.fromPlayer;
                    if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    return object;
                };

                /**
                 * Converts this GroupLine to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.GroupLine
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GroupLine.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for GroupLine
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.GroupLine
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GroupLine.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.GroupLine";
                };

                return GroupLine;
            })();

            v1.WhisperLine = (function() {

                /**
                 * Properties of a WhisperLine.
                 * @memberof hearth.client.v1
                 * @interface IWhisperLine
                 * @property {number|Long|null} [fromPlayer] WhisperLine fromPlayer
                 * @property {string|null} [text] WhisperLine text
                 */

                /**
                 * Constructs a new WhisperLine.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a WhisperLine.
                 * @implements IWhisperLine
                 * @constructor
                 * @param {hearth.client.v1.IWhisperLine=} [properties] Properties to set
                 */
                function WhisperLine(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * WhisperLine fromPlayer.
                 * @member {number|Long} fromPlayer
                 * @memberof hearth.client.v1.WhisperLine
                 * @instance
                 */
                WhisperLine.prototype.fromPlayer = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * WhisperLine text.
                 * @member {string} text
                 * @memberof hearth.client.v1.WhisperLine
                 * @instance
                 */
                WhisperLine.prototype.text = "";

                /**
                 * Creates a new WhisperLine instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.WhisperLine
                 * @static
                 * @param {hearth.client.v1.IWhisperLine=} [properties] Properties to set
                 * @returns {hearth.client.v1.WhisperLine} WhisperLine instance
                 */
                WhisperLine.create = function create(properties) {
                    return new WhisperLine(properties);
                };

                /**
                 * Encodes the specified WhisperLine message. Does not implicitly {@link hearth.client.v1.WhisperLine.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.WhisperLine
                 * @static
                 * @param {hearth.client.v1.IWhisperLine} message WhisperLine message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WhisperLine.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.fromPlayer != null && Object.hasOwnProperty.call(message, "fromPlayer"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.fromPlayer);
                    if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                    return writer;
                };

                /**
                 * Encodes the specified WhisperLine message, length delimited. Does not implicitly {@link hearth.client.v1.WhisperLine.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.WhisperLine
                 * @static
                 * @param {hearth.client.v1.IWhisperLine} message WhisperLine message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WhisperLine.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a WhisperLine message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.WhisperLine
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.WhisperLine} WhisperLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WhisperLine.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.WhisperLine();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.fromPlayer = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.text = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a WhisperLine message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.WhisperLine
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.WhisperLine} WhisperLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WhisperLine.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a WhisperLine message.
                 * @function verify
                 * @memberof hearth.client.v1.WhisperLine
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                WhisperLine.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.fromPlayer != null && Object.hasOwnProperty.call(message, "fromPlayer"))
                        if (!$util.isInteger(message.fromPlayer) && !(message.fromPlayer && $util.isInteger(message.fromPlayer.low) && $util.isInteger(message.fromPlayer.high)))
                            return "fromPlayer: integer|Long expected";
                    if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                        if (!$util.isString(message.text))
                            return "text: string expected";
                    return null;
                };

                /**
                 * Creates a WhisperLine message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.WhisperLine
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.WhisperLine} WhisperLine
                 */
                WhisperLine.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.WhisperLine)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.WhisperLine: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.WhisperLine();
                    if (object.fromPlayer != null)
                        if ($util.Long)
                            message.fromPlayer = $util.Long.fromValue(object.fromPlayer, true);
                        else if (typeof object.fromPlayer === "string")
                            message.fromPlayer = parseInt(object.fromPlayer, 10);
                        else if (typeof object.fromPlayer === "number")
                            message.fromPlayer = object.fromPlayer;
                        else if (typeof object.fromPlayer === "object")
                            message.fromPlayer = new $util.LongBits(object.fromPlayer.low >>> 0, object.fromPlayer.high >>> 0).toNumber(true);
                    if (object.text != null)
                        message.text = String(object.text);
                    return message;
                };

                /**
                 * Creates a plain object from a WhisperLine message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.WhisperLine
                 * @static
                 * @param {hearth.client.v1.WhisperLine} message WhisperLine
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                WhisperLine.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.fromPlayer = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.fromPlayer = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.text = "";
                    }
                    if (message.fromPlayer != null && Object.hasOwnProperty.call(message, "fromPlayer"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.fromPlayer = typeof message.fromPlayer === "number" ? BigInt(message.fromPlayer) : $util.Long.fromBits(message.fromPlayer.low >>> 0, message.fromPlayer.high >>> 0, true).toBigInt();
                        else if (typeof message.fromPlayer === "number")
                            object.fromPlayer = options.longs === String ? String(message.fromPlayer) : message.fromPlayer;
                        else
                            object.fromPlayer = options.longs === String ? $util.Long.prototype.toString.call(message.fromPlayer) : options.longs === Number ? new $util.LongBits(message.fromPlayer.low >>> 0, message.fromPlayer.high >>> 0).toNumber(true) : message.fromPlayer;
                    if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    return object;
                };

                /**
                 * Converts this WhisperLine to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.WhisperLine
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                WhisperLine.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for WhisperLine
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.WhisperLine
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                WhisperLine.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.WhisperLine";
                };

                return WhisperLine;
            })();

            v1.Error = (function() {

                /**
                 * Properties of an Error.
                 * @memberof hearth.client.v1
                 * @interface IError
                 * @property {hearth.client.v1.ErrorCode|null} [code] Error code
                 * @property {number|Long|null} [requestId] Error requestId
                 * @property {string|null} [message] Error message
                 */

                /**
                 * Constructs a new Error.
                 * @memberof hearth.client.v1
                 * @classdesc Represents an Error.
                 * @implements IError
                 * @constructor
                 * @param {hearth.client.v1.IError=} [properties] Properties to set
                 */
                function Error(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Error code.
                 * @member {hearth.client.v1.ErrorCode} code
                 * @memberof hearth.client.v1.Error
                 * @instance
                 */
                Error.prototype.code = 0;

                /**
                 * Error requestId.
                 * @member {number|Long} requestId
                 * @memberof hearth.client.v1.Error
                 * @instance
                 */
                Error.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Error message.
                 * @member {string} message
                 * @memberof hearth.client.v1.Error
                 * @instance
                 */
                Error.prototype.message = "";

                /**
                 * Creates a new Error instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Error
                 * @static
                 * @param {hearth.client.v1.IError=} [properties] Properties to set
                 * @returns {hearth.client.v1.Error} Error instance
                 */
                Error.create = function create(properties) {
                    return new Error(properties);
                };

                /**
                 * Encodes the specified Error message. Does not implicitly {@link hearth.client.v1.Error.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Error
                 * @static
                 * @param {hearth.client.v1.IError} message Error message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Error.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                    if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.requestId);
                    if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                    return writer;
                };

                /**
                 * Encodes the specified Error message, length delimited. Does not implicitly {@link hearth.client.v1.Error.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Error
                 * @static
                 * @param {hearth.client.v1.IError} message Error message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Error.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes an Error message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Error
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Error} Error
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Error.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Error();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.code = reader.int32();
                                break;
                            }
                        case 2: {
                                message.requestId = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.message = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes an Error message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Error
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Error} Error
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Error.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies an Error message.
                 * @function verify
                 * @memberof hearth.client.v1.Error
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Error.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                        switch (message.code) {
                        default:
                            return "code: enum value expected";
                        case 0:
                        case 1:
                        case 2:
                        case 3:
                        case 4:
                        case 5:
                        case 6:
                        case 7:
                        case 8:
                        case 9:
                        case 10:
                        case 11:
                        case 12:
                        case 13:
                        case 14:
                        case 15:
                        case 16:
                            break;
                        }
                    if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                        if (!$util.isInteger(message.requestId) && !(message.requestId && $util.isInteger(message.requestId.low) && $util.isInteger(message.requestId.high)))
                            return "requestId: integer|Long expected";
                    if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                        if (!$util.isString(message.message))
                            return "message: string expected";
                    return null;
                };

                /**
                 * Creates an Error message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Error
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Error} Error
                 */
                Error.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Error)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.Error: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.Error();
                    switch (object.code) {
                    default:
                        if (typeof object.code === "number") {
                            message.code = object.code;
                            break;
                        }
                        break;
                    case "ERROR_UNSPECIFIED":
                    case 0:
                        message.code = 0;
                        break;
                    case "ERROR_BAD_FRAME":
                    case 1:
                        message.code = 1;
                        break;
                    case "ERROR_UNKNOWN_MESSAGE":
                    case 2:
                        message.code = 2;
                        break;
                    case "ERROR_UNSUPPORTED_VERSION":
                    case 3:
                        message.code = 3;
                        break;
                    case "ERROR_NOT_LOGGED_IN":
                    case 4:
                        message.code = 4;
                        break;
                    case "ERROR_AUTH_FAILED":
                    case 5:
                        message.code = 5;
                        break;
                    case "ERROR_RATE_LIMITED":
                    case 6:
                        message.code = 6;
                        break;
                    case "ERROR_TIMEOUT":
                    case 7:
                        message.code = 7;
                        break;
                    case "ERROR_OVERLOADED":
                    case 8:
                        message.code = 8;
                        break;
                    case "ERROR_SESSION_EXPIRED":
                    case 9:
                        message.code = 9;
                        break;
                    case "ERROR_SLOW_READER":
                    case 10:
                        message.code = 10;
                        break;
                    case "ERROR_IDLE":
                    case 11:
                        message.code = 11;
                        break;
                    case "ERROR_SHUTTING_DOWN":
                    case 12:
                        message.code = 12;
                        break;
                    case "ERROR_INVALID":
                    case 13:
                        message.code = 13;
                        break;
                    case "ERROR_INTERNAL":
                    case 14:
                        message.code = 14;
                        break;
                    case "ERROR_REPLACED":
                    case 15:
                        message.code = 15;
                        break;
                    case "ERROR_UNAVAILABLE":
                    case 16:
                        message.code = 16;
                        break;
                    }
                    if (object.requestId != null)
                        if ($util.Long)
                            message.requestId = $util.Long.fromValue(object.requestId, true);
                        else if (typeof object.requestId === "string")
                            message.requestId = parseInt(object.requestId, 10);
                        else if (typeof object.requestId === "number")
                            message.requestId = object.requestId;
                        else if (typeof object.requestId === "object")
                            message.requestId = new $util.LongBits(object.requestId.low >>> 0, object.requestId.high >>> 0).toNumber(true);
                    if (object.message != null)
                        message.message = String(object.message);
                    return message;
                };

                /**
                 * Creates a plain object from an Error message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Error
                 * @static
                 * @param {hearth.client.v1.Error} message Error
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Error.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.code = options.enums === String ? "ERROR_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.requestId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.requestId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.message = "";
                    }
                    if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                        object.code = options.enums === String ? $root.hearth.client.v1.ErrorCode[message.code] === undefined ? message.code : $root.hearth.client.v1.ErrorCode[message.code] : message.code;
                    if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.requestId = typeof message.requestId === "number" ? BigInt(message.requestId) : $util.Long.fromBits(message.requestId.low >>> 0, message.requestId.high >>> 0, true).toBigInt();
                        else if (typeof message.requestId === "number")
                            object.requestId = options.longs === String ? String(message.requestId) : message.requestId;
                        else
                            object.requestId = options.longs === String ? $util.Long.prototype.toString.call(message.requestId) : options.longs === Number ? new $util.LongBits(message.requestId.low >>> 0, message.requestId.high >>> 0).toNumber(true) : message.requestId;
                    if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    return object;
                };

                /**
                 * Converts this Error to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Error
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Error.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Error
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Error
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Error.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Error";
                };

                return Error;
            })();

            v1.Bye = (function() {

                /**
                 * Properties of a Bye.
                 * @memberof hearth.client.v1
                 * @interface IBye
                 * @property {hearth.client.v1.ErrorCode|null} [reason] Bye reason
                 * @property {string|null} [message] Bye message
                 */

                /**
                 * Constructs a new Bye.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a Bye.
                 * @implements IBye
                 * @constructor
                 * @param {hearth.client.v1.IBye=} [properties] Properties to set
                 */
                function Bye(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Bye reason.
                 * @member {hearth.client.v1.ErrorCode} reason
                 * @memberof hearth.client.v1.Bye
                 * @instance
                 */
                Bye.prototype.reason = 0;

                /**
                 * Bye message.
                 * @member {string} message
                 * @memberof hearth.client.v1.Bye
                 * @instance
                 */
                Bye.prototype.message = "";

                /**
                 * Creates a new Bye instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Bye
                 * @static
                 * @param {hearth.client.v1.IBye=} [properties] Properties to set
                 * @returns {hearth.client.v1.Bye} Bye instance
                 */
                Bye.create = function create(properties) {
                    return new Bye(properties);
                };

                /**
                 * Encodes the specified Bye message. Does not implicitly {@link hearth.client.v1.Bye.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Bye
                 * @static
                 * @param {hearth.client.v1.IBye} message Bye message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Bye.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.reason);
                    if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                    return writer;
                };

                /**
                 * Encodes the specified Bye message, length delimited. Does not implicitly {@link hearth.client.v1.Bye.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Bye
                 * @static
                 * @param {hearth.client.v1.IBye} message Bye message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Bye.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a Bye message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Bye
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Bye} Bye
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Bye.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Bye();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.reason = reader.int32();
                                break;
                            }
                        case 2: {
                                message.message = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a Bye message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Bye
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Bye} Bye
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Bye.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a Bye message.
                 * @function verify
                 * @memberof hearth.client.v1.Bye
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Bye.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                        switch (message.reason) {
                        default:
                            return "reason: enum value expected";
                        case 0:
                        case 1:
                        case 2:
                        case 3:
                        case 4:
                        case 5:
                        case 6:
                        case 7:
                        case 8:
                        case 9:
                        case 10:
                        case 11:
                        case 12:
                        case 13:
                        case 14:
                        case 15:
                        case 16:
                            break;
                        }
                    if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                        if (!$util.isString(message.message))
                            return "message: string expected";
                    return null;
                };

                /**
                 * Creates a Bye message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Bye
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Bye} Bye
                 */
                Bye.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Bye)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.Bye: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.Bye();
                    switch (object.reason) {
                    default:
                        if (typeof object.reason === "number") {
                            message.reason = object.reason;
                            break;
                        }
                        break;
                    case "ERROR_UNSPECIFIED":
                    case 0:
                        message.reason = 0;
                        break;
                    case "ERROR_BAD_FRAME":
                    case 1:
                        message.reason = 1;
                        break;
                    case "ERROR_UNKNOWN_MESSAGE":
                    case 2:
                        message.reason = 2;
                        break;
                    case "ERROR_UNSUPPORTED_VERSION":
                    case 3:
                        message.reason = 3;
                        break;
                    case "ERROR_NOT_LOGGED_IN":
                    case 4:
                        message.reason = 4;
                        break;
                    case "ERROR_AUTH_FAILED":
                    case 5:
                        message.reason = 5;
                        break;
                    case "ERROR_RATE_LIMITED":
                    case 6:
                        message.reason = 6;
                        break;
                    case "ERROR_TIMEOUT":
                    case 7:
                        message.reason = 7;
                        break;
                    case "ERROR_OVERLOADED":
                    case 8:
                        message.reason = 8;
                        break;
                    case "ERROR_SESSION_EXPIRED":
                    case 9:
                        message.reason = 9;
                        break;
                    case "ERROR_SLOW_READER":
                    case 10:
                        message.reason = 10;
                        break;
                    case "ERROR_IDLE":
                    case 11:
                        message.reason = 11;
                        break;
                    case "ERROR_SHUTTING_DOWN":
                    case 12:
                        message.reason = 12;
                        break;
                    case "ERROR_INVALID":
                    case 13:
                        message.reason = 13;
                        break;
                    case "ERROR_INTERNAL":
                    case 14:
                        message.reason = 14;
                        break;
                    case "ERROR_REPLACED":
                    case 15:
                        message.reason = 15;
                        break;
                    case "ERROR_UNAVAILABLE":
                    case 16:
                        message.reason = 16;
                        break;
                    }
                    if (object.message != null)
                        message.message = String(object.message);
                    return message;
                };

                /**
                 * Creates a plain object from a Bye message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Bye
                 * @static
                 * @param {hearth.client.v1.Bye} message Bye
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Bye.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.reason = options.enums === String ? "ERROR_UNSPECIFIED" : 0;
                        object.message = "";
                    }
                    if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                        object.reason = options.enums === String ? $root.hearth.client.v1.ErrorCode[message.reason] === undefined ? message.reason : $root.hearth.client.v1.ErrorCode[message.reason] : message.reason;
                    if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    return object;
                };

                /**
                 * Converts this Bye to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Bye
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Bye.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Bye
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Bye
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Bye.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Bye";
                };

                return Bye;
            })();

            v1.Pong = (function() {

                /**
                 * Properties of a Pong.
                 * @memberof hearth.client.v1
                 * @interface IPong
                 * @property {number|Long|null} [nonce] Pong nonce
                 */

                /**
                 * Constructs a new Pong.
                 * @memberof hearth.client.v1
                 * @classdesc Represents a Pong.
                 * @implements IPong
                 * @constructor
                 * @param {hearth.client.v1.IPong=} [properties] Properties to set
                 */
                function Pong(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Pong nonce.
                 * @member {number|Long} nonce
                 * @memberof hearth.client.v1.Pong
                 * @instance
                 */
                Pong.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Pong instance using the specified properties.
                 * @function create
                 * @memberof hearth.client.v1.Pong
                 * @static
                 * @param {hearth.client.v1.IPong=} [properties] Properties to set
                 * @returns {hearth.client.v1.Pong} Pong instance
                 */
                Pong.create = function create(properties) {
                    return new Pong(properties);
                };

                /**
                 * Encodes the specified Pong message. Does not implicitly {@link hearth.client.v1.Pong.verify|verify} messages.
                 * @function encode
                 * @memberof hearth.client.v1.Pong
                 * @static
                 * @param {hearth.client.v1.IPong} message Pong message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Pong.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nonce);
                    return writer;
                };

                /**
                 * Encodes the specified Pong message, length delimited. Does not implicitly {@link hearth.client.v1.Pong.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hearth.client.v1.Pong
                 * @static
                 * @param {hearth.client.v1.IPong} message Pong message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Pong.encodeDelimited = function encodeDelimited(message, writer) {
                    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
                };

                /**
                 * Decodes a Pong message from the specified reader or buffer.
                 * @function decode
                 * @memberof hearth.client.v1.Pong
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hearth.client.v1.Pong} Pong
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Pong.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.hearth.client.v1.Pong();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.nonce = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Decodes a Pong message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hearth.client.v1.Pong
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hearth.client.v1.Pong} Pong
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Pong.decodeDelimited = function decodeDelimited(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.uint32());
                };

                /**
                 * Verifies a Pong message.
                 * @function verify
                 * @memberof hearth.client.v1.Pong
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Pong.verify = function verify(message, long) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                        if (!$util.isInteger(message.nonce) && !(message.nonce && $util.isInteger(message.nonce.low) && $util.isInteger(message.nonce.high)))
                            return "nonce: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Pong message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hearth.client.v1.Pong
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hearth.client.v1.Pong} Pong
                 */
                Pong.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.hearth.client.v1.Pong)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".hearth.client.v1.Pong: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.hearth.client.v1.Pong();
                    if (object.nonce != null)
                        if ($util.Long)
                            message.nonce = $util.Long.fromValue(object.nonce, true);
                        else if (typeof object.nonce === "string")
                            message.nonce = parseInt(object.nonce, 10);
                        else if (typeof object.nonce === "number")
                            message.nonce = object.nonce;
                        else if (typeof object.nonce === "object")
                            message.nonce = new $util.LongBits(object.nonce.low >>> 0, object.nonce.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Pong message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hearth.client.v1.Pong
                 * @static
                 * @param {hearth.client.v1.Pong} message Pong
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Pong.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.nonce = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.nonce = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.nonce = typeof message.nonce === "number" ? BigInt(message.nonce) : $util.Long.fromBits(message.nonce.low >>> 0, message.nonce.high >>> 0, true).toBigInt();
                        else if (typeof message.nonce === "number")
                            object.nonce = options.longs === String ? String(message.nonce) : message.nonce;
                        else
                            object.nonce = options.longs === String ? $util.Long.prototype.toString.call(message.nonce) : options.longs === Number ? new $util.LongBits(message.nonce.low >>> 0, message.nonce.high >>> 0).toNumber(true) : message.nonce;
                    return object;
                };

                /**
                 * Converts this Pong to JSON.
                 * @function toJSON
                 * @memberof hearth.client.v1.Pong
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Pong.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Pong
                 * @function getTypeUrl
                 * @memberof hearth.client.v1.Pong
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Pong.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/hearth.client.v1.Pong";
                };

                return Pong;
            })();

            /**
             * ErrorCode enum.
             * @name hearth.client.v1.ErrorCode
             * @enum {number}
             * @property {number} ERROR_UNSPECIFIED=0 ERROR_UNSPECIFIED value
             * @property {number} ERROR_BAD_FRAME=1 ERROR_BAD_FRAME value
             * @property {number} ERROR_UNKNOWN_MESSAGE=2 ERROR_UNKNOWN_MESSAGE value
             * @property {number} ERROR_UNSUPPORTED_VERSION=3 ERROR_UNSUPPORTED_VERSION value
             * @property {number} ERROR_NOT_LOGGED_IN=4 ERROR_NOT_LOGGED_IN value
             * @property {number} ERROR_AUTH_FAILED=5 ERROR_AUTH_FAILED value
             * @property {number} ERROR_RATE_LIMITED=6 ERROR_RATE_LIMITED value
             * @property {number} ERROR_TIMEOUT=7 ERROR_TIMEOUT value
             * @property {number} ERROR_OVERLOADED=8 ERROR_OVERLOADED value
             * @property {number} ERROR_SESSION_EXPIRED=9 ERROR_SESSION_EXPIRED value
             * @property {number} ERROR_SLOW_READER=10 ERROR_SLOW_READER value
             * @property {number} ERROR_IDLE=11 ERROR_IDLE value
             * @property {number} ERROR_SHUTTING_DOWN=12 ERROR_SHUTTING_DOWN value
             * @property {number} ERROR_INVALID=13 ERROR_INVALID value
             * @property {number} ERROR_INTERNAL=14 ERROR_INTERNAL value
             * @property {number} ERROR_REPLACED=15 ERROR_REPLACED value
             * @property {number} ERROR_UNAVAILABLE=16 ERROR_UNAVAILABLE value
             */
            v1.ErrorCode = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "ERROR_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ERROR_BAD_FRAME"] = 1;
                values[valuesById[2] = "ERROR_UNKNOWN_MESSAGE"] = 2;
                values[valuesById[3] = "ERROR_UNSUPPORTED_VERSION"] = 3;
                values[valuesById[4] = "ERROR_NOT_LOGGED_IN"] = 4;
                values[valuesById[5] = "ERROR_AUTH_FAILED"] = 5;
                values[valuesById[6] = "ERROR_RATE_LIMITED"] = 6;
                values[valuesById[7] = "ERROR_TIMEOUT"] = 7;
                values[valuesById[8] = "ERROR_OVERLOADED"] = 8;
                values[valuesById[9] = "ERROR_SESSION_EXPIRED"] = 9;
                values[valuesById[10] = "ERROR_SLOW_READER"] = 10;
                values[valuesById[11] = "ERROR_IDLE"] = 11;
                values[valuesById[12] = "ERROR_SHUTTING_DOWN"] = 12;
                values[valuesById[13] = "ERROR_INVALID"] = 13;
                values[valuesById[14] = "ERROR_INTERNAL"] = 14;
                values[valuesById[15] = "ERROR_REPLACED"] = 15;
                values[valuesById[16] = "ERROR_UNAVAILABLE"] = 16;
                return values;
            })();

            return v1;
        })();

        return client;
    })();

    return hearth;
})();

export { $root as default };
