import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace hearth. */
export namespace hearth {

    /** Namespace client. */
    namespace client {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a Hello. */
            interface IHello {

                /** Hello protocolVersion */
                protocolVersion?: (number|null);

                /** Hello client */
                client?: (string|null);
            }

            /** Represents a Hello. */
            class Hello implements IHello {

                /**
                 * Constructs a new Hello.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IHello);

                /** Hello protocolVersion. */
                public protocolVersion: number;

                /** Hello client. */
                public client: string;

                /**
                 * Creates a new Hello instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Hello instance
                 */
                public static create(properties?: hearth.client.v1.IHello): hearth.client.v1.Hello;

                /**
                 * Encodes the specified Hello message. Does not implicitly {@link hearth.client.v1.Hello.verify|verify} messages.
                 * @param message Hello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IHello, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Hello message, length delimited. Does not implicitly {@link hearth.client.v1.Hello.verify|verify} messages.
                 * @param message Hello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IHello, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Hello message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Hello;

                /**
                 * Decodes a Hello message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Hello;

                /**
                 * Verifies a Hello message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Hello message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Hello
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Hello;

                /**
                 * Creates a plain object from a Hello message. Also converts values to other types if specified.
                 * @param message Hello
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Hello to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Hello
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Login. */
            interface ILogin {

                /** Login user */
                user?: (string|null);

                /** Login password */
                password?: (string|null);

                /** Login resumeToken */
                resumeToken?: (Uint8Array|null);

                /** Login lastSeq */
                lastSeq?: (number|Long|null);
            }

            /** Represents a Login. */
            class Login implements ILogin {

                /**
                 * Constructs a new Login.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.ILogin);

                /** Login user. */
                public user: string;

                /** Login password. */
                public password: string;

                /** Login resumeToken. */
                public resumeToken: Uint8Array;

                /** Login lastSeq. */
                public lastSeq: (number|Long);

                /**
                 * Creates a new Login instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Login instance
                 */
                public static create(properties?: hearth.client.v1.ILogin): hearth.client.v1.Login;

                /**
                 * Encodes the specified Login message. Does not implicitly {@link hearth.client.v1.Login.verify|verify} messages.
                 * @param message Login message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.ILogin, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Login message, length delimited. Does not implicitly {@link hearth.client.v1.Login.verify|verify} messages.
                 * @param message Login message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.ILogin, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Login message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Login
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Login;

                /**
                 * Decodes a Login message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Login
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Login;

                /**
                 * Verifies a Login message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Login message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Login
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Login;

                /**
                 * Creates a plain object from a Login message. Also converts values to other types if specified.
                 * @param message Login
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Login, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Login to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Login
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Request. */
            interface IRequest {

                /** Request id */
                id?: (number|Long|null);

                /** Request echo */
                echo?: (hearth.client.v1.IEcho|null);

                /** Request move */
                move?: (hearth.client.v1.IMove|null);

                /** Request whisper */
                whisper?: (hearth.client.v1.IWhisper|null);

                /** Request heavy */
                heavy?: (hearth.client.v1.IHeavy|null);

                /** Request joinGroup */
                joinGroup?: (hearth.client.v1.IJoinGroup|null);

                /** Request groupSay */
                groupSay?: (hearth.client.v1.IGroupSay|null);

                /** Request tradeOffer */
                tradeOffer?: (hearth.client.v1.ITradeOffer|null);

                /** Request tradeAnswer */
                tradeAnswer?: (hearth.client.v1.ITradeAnswer|null);

                /** Request battleJoin */
                battleJoin?: (hearth.client.v1.IBattleJoin|null);

                /** Request battleAction */
                battleAction?: (hearth.client.v1.IBattleAction|null);

                /** Request battleLeave */
                battleLeave?: (hearth.client.v1.IBattleLeave|null);

                /** Request inventory */
                inventory?: (hearth.client.v1.IInventory|null);

                /** Request useItem */
                useItem?: (hearth.client.v1.IUseItem|null);

                /** Request guildInfo */
                guildInfo?: (hearth.client.v1.IGuildInfo|null);

                /** Request setGuildRank */
                setGuildRank?: (hearth.client.v1.ISetGuildRank|null);

                /** Request guildBank */
                guildBank?: (hearth.client.v1.IGuildBank|null);

                /** Request leaveGroup */
                leaveGroup?: (hearth.client.v1.ILeaveGroup|null);
            }

            /** Represents a Request. */
            class Request implements IRequest {

                /**
                 * Constructs a new Request.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IRequest);

                /** Request id. */
                public id: (number|Long);

                /** Request echo. */
                public echo?: (hearth.client.v1.IEcho|null);

                /** Request move. */
                public move?: (hearth.client.v1.IMove|null);

                /** Request whisper. */
                public whisper?: (hearth.client.v1.IWhisper|null);

                /** Request heavy. */
                public heavy?: (hearth.client.v1.IHeavy|null);

                /** Request joinGroup. */
                public joinGroup?: (hearth.client.v1.IJoinGroup|null);

                /** Request groupSay. */
                public groupSay?: (hearth.client.v1.IGroupSay|null);

                /** Request tradeOffer. */
                public tradeOffer?: (hearth.client.v1.ITradeOffer|null);

                /** Request tradeAnswer. */
                public tradeAnswer?: (hearth.client.v1.ITradeAnswer|null);

                /** Request battleJoin. */
                public battleJoin?: (hearth.client.v1.IBattleJoin|null);

                /** Request battleAction. */
                public battleAction?: (hearth.client.v1.IBattleAction|null);

                /** Request battleLeave. */
                public battleLeave?: (hearth.client.v1.IBattleLeave|null);

                /** Request inventory. */
                public inventory?: (hearth.client.v1.IInventory|null);

                /** Request useItem. */
                public useItem?: (hearth.client.v1.IUseItem|null);

                /** Request guildInfo. */
                public guildInfo?: (hearth.client.v1.IGuildInfo|null);

                /** Request setGuildRank. */
                public setGuildRank?: (hearth.client.v1.ISetGuildRank|null);

                /** Request guildBank. */
                public guildBank?: (hearth.client.v1.IGuildBank|null);

                /** Request leaveGroup. */
                public leaveGroup?: (hearth.client.v1.ILeaveGroup|null);

                /** Request body. */
                public body?: ("echo"|"move"|"whisper"|"heavy"|"joinGroup"|"groupSay"|"tradeOffer"|"tradeAnswer"|"battleJoin"|"battleAction"|"battleLeave"|"inventory"|"useItem"|"guildInfo"|"setGuildRank"|"guildBank"|"leaveGroup");

                /**
                 * Creates a new Request instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Request instance
                 */
                public static create(properties?: hearth.client.v1.IRequest): hearth.client.v1.Request;

                /**
                 * Encodes the specified Request message. Does not implicitly {@link hearth.client.v1.Request.verify|verify} messages.
                 * @param message Request message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Request message, length delimited. Does not implicitly {@link hearth.client.v1.Request.verify|verify} messages.
                 * @param message Request message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Request message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Request
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Request;

                /**
                 * Decodes a Request message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Request
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Request;

                /**
                 * Verifies a Request message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Request message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Request
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Request;

                /**
                 * Creates a plain object from a Request message. Also converts values to other types if specified.
                 * @param message Request
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Request to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Request
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Logout. */
            interface ILogout {
            }

            /** Represents a Logout. */
            class Logout implements ILogout {

                /**
                 * Constructs a new Logout.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.ILogout);

                /**
                 * Creates a new Logout instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Logout instance
                 */
                public static create(properties?: hearth.client.v1.ILogout): hearth.client.v1.Logout;

                /**
                 * Encodes the specified Logout message. Does not implicitly {@link hearth.client.v1.Logout.verify|verify} messages.
                 * @param message Logout message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.ILogout, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Logout message, length delimited. Does not implicitly {@link hearth.client.v1.Logout.verify|verify} messages.
                 * @param message Logout message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.ILogout, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Logout message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Logout
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Logout;

                /**
                 * Decodes a Logout message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Logout
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Logout;

                /**
                 * Verifies a Logout message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Logout message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Logout
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Logout;

                /**
                 * Creates a plain object from a Logout message. Also converts values to other types if specified.
                 * @param message Logout
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Logout, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Logout to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Logout
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Ping. */
            interface IPing {

                /** Ping nonce */
                nonce?: (number|Long|null);
            }

            /** Represents a Ping. */
            class Ping implements IPing {

                /**
                 * Constructs a new Ping.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IPing);

                /** Ping nonce. */
                public nonce: (number|Long);

                /**
                 * Creates a new Ping instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Ping instance
                 */
                public static create(properties?: hearth.client.v1.IPing): hearth.client.v1.Ping;

                /**
                 * Encodes the specified Ping message. Does not implicitly {@link hearth.client.v1.Ping.verify|verify} messages.
                 * @param message Ping message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IPing, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Ping message, length delimited. Does not implicitly {@link hearth.client.v1.Ping.verify|verify} messages.
                 * @param message Ping message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IPing, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Ping message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Ping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Ping;

                /**
                 * Decodes a Ping message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Ping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Ping;

                /**
                 * Verifies a Ping message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Ping message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Ping
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Ping;

                /**
                 * Creates a plain object from a Ping message. Also converts values to other types if specified.
                 * @param message Ping
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Ping to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Ping
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an Echo. */
            interface IEcho {

                /** Echo payload */
                payload?: (Uint8Array|null);
            }

            /** Represents an Echo. */
            class Echo implements IEcho {

                /**
                 * Constructs a new Echo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IEcho);

                /** Echo payload. */
                public payload: Uint8Array;

                /**
                 * Creates a new Echo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Echo instance
                 */
                public static create(properties?: hearth.client.v1.IEcho): hearth.client.v1.Echo;

                /**
                 * Encodes the specified Echo message. Does not implicitly {@link hearth.client.v1.Echo.verify|verify} messages.
                 * @param message Echo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IEcho, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Echo message, length delimited. Does not implicitly {@link hearth.client.v1.Echo.verify|verify} messages.
                 * @param message Echo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IEcho, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Echo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Echo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Echo;

                /**
                 * Decodes an Echo message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Echo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Echo;

                /**
                 * Verifies an Echo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Echo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Echo
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Echo;

                /**
                 * Creates a plain object from an Echo message. Also converts values to other types if specified.
                 * @param message Echo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Echo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Echo to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Echo
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Move. */
            interface IMove {

                /** Move x */
                x?: (number|null);

                /** Move y */
                y?: (number|null);
            }

            /** Represents a Move. */
            class Move implements IMove {

                /**
                 * Constructs a new Move.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IMove);

                /** Move x. */
                public x: number;

                /** Move y. */
                public y: number;

                /**
                 * Creates a new Move instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Move instance
                 */
                public static create(properties?: hearth.client.v1.IMove): hearth.client.v1.Move;

                /**
                 * Encodes the specified Move message. Does not implicitly {@link hearth.client.v1.Move.verify|verify} messages.
                 * @param message Move message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IMove, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Move message, length delimited. Does not implicitly {@link hearth.client.v1.Move.verify|verify} messages.
                 * @param message Move message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IMove, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Move message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Move
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Move;

                /**
                 * Decodes a Move message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Move
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Move;

                /**
                 * Verifies a Move message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Move message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Move
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Move;

                /**
                 * Creates a plain object from a Move message. Also converts values to other types if specified.
                 * @param message Move
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Move, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Move to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Move
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Whisper. */
            interface IWhisper {

                /** Whisper toPlayer */
                toPlayer?: (number|Long|null);

                /** Whisper text */
                text?: (string|null);
            }

            /** Represents a Whisper. */
            class Whisper implements IWhisper {

                /**
                 * Constructs a new Whisper.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IWhisper);

                /** Whisper toPlayer. */
                public toPlayer: (number|Long);

                /** Whisper text. */
                public text: string;

                /**
                 * Creates a new Whisper instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Whisper instance
                 */
                public static create(properties?: hearth.client.v1.IWhisper): hearth.client.v1.Whisper;

                /**
                 * Encodes the specified Whisper message. Does not implicitly {@link hearth.client.v1.Whisper.verify|verify} messages.
                 * @param message Whisper message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IWhisper, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Whisper message, length delimited. Does not implicitly {@link hearth.client.v1.Whisper.verify|verify} messages.
                 * @param message Whisper message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IWhisper, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Whisper message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Whisper
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Whisper;

                /**
                 * Decodes a Whisper message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Whisper
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Whisper;

                /**
                 * Verifies a Whisper message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Whisper message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Whisper
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Whisper;

                /**
                 * Creates a plain object from a Whisper message. Also converts values to other types if specified.
                 * @param message Whisper
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Whisper, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Whisper to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Whisper
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Heavy. */
            interface IHeavy {

                /** Heavy work */
                work?: (number|null);
            }

            /** Represents a Heavy. */
            class Heavy implements IHeavy {

                /**
                 * Constructs a new Heavy.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IHeavy);

                /** Heavy work. */
                public work: number;

                /**
                 * Creates a new Heavy instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Heavy instance
                 */
                public static create(properties?: hearth.client.v1.IHeavy): hearth.client.v1.Heavy;

                /**
                 * Encodes the specified Heavy message. Does not implicitly {@link hearth.client.v1.Heavy.verify|verify} messages.
                 * @param message Heavy message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IHeavy, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Heavy message, length delimited. Does not implicitly {@link hearth.client.v1.Heavy.verify|verify} messages.
                 * @param message Heavy message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IHeavy, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Heavy message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Heavy
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Heavy;

                /**
                 * Decodes a Heavy message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Heavy
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Heavy;

                /**
                 * Verifies a Heavy message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Heavy message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Heavy
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Heavy;

                /**
                 * Creates a plain object from a Heavy message. Also converts values to other types if specified.
                 * @param message Heavy
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Heavy, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Heavy to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Heavy
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** GroupKind enum. */
            enum GroupKind {
                GROUP_UNSPECIFIED = 0,
                GROUP_GUILD = 1,
                GROUP_TEAM = 2
            }

            /** Properties of a JoinGroup. */
            interface IJoinGroup {

                /** JoinGroup kind */
                kind?: (hearth.client.v1.GroupKind|null);

                /** JoinGroup group */
                group?: (number|Long|null);
            }

            /** Represents a JoinGroup. */
            class JoinGroup implements IJoinGroup {

                /**
                 * Constructs a new JoinGroup.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IJoinGroup);

                /** JoinGroup kind. */
                public kind: hearth.client.v1.GroupKind;

                /** JoinGroup group. */
                public group: (number|Long);

                /**
                 * Creates a new JoinGroup instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns JoinGroup instance
                 */
                public static create(properties?: hearth.client.v1.IJoinGroup): hearth.client.v1.JoinGroup;

                /**
                 * Encodes the specified JoinGroup message. Does not implicitly {@link hearth.client.v1.JoinGroup.verify|verify} messages.
                 * @param message JoinGroup message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IJoinGroup, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified JoinGroup message, length delimited. Does not implicitly {@link hearth.client.v1.JoinGroup.verify|verify} messages.
                 * @param message JoinGroup message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IJoinGroup, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a JoinGroup message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns JoinGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.JoinGroup;

                /**
                 * Decodes a JoinGroup message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns JoinGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.JoinGroup;

                /**
                 * Verifies a JoinGroup message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a JoinGroup message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns JoinGroup
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.JoinGroup;

                /**
                 * Creates a plain object from a JoinGroup message. Also converts values to other types if specified.
                 * @param message JoinGroup
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.JoinGroup, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this JoinGroup to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for JoinGroup
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a LeaveGroup. */
            interface ILeaveGroup {

                /** LeaveGroup kind */
                kind?: (hearth.client.v1.GroupKind|null);
            }

            /** Represents a LeaveGroup. */
            class LeaveGroup implements ILeaveGroup {

                /**
                 * Constructs a new LeaveGroup.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.ILeaveGroup);

                /** LeaveGroup kind. */
                public kind: hearth.client.v1.GroupKind;

                /**
                 * Creates a new LeaveGroup instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LeaveGroup instance
                 */
                public static create(properties?: hearth.client.v1.ILeaveGroup): hearth.client.v1.LeaveGroup;

                /**
                 * Encodes the specified LeaveGroup message. Does not implicitly {@link hearth.client.v1.LeaveGroup.verify|verify} messages.
                 * @param message LeaveGroup message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.ILeaveGroup, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified LeaveGroup message, length delimited. Does not implicitly {@link hearth.client.v1.LeaveGroup.verify|verify} messages.
                 * @param message LeaveGroup message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.ILeaveGroup, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LeaveGroup message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns LeaveGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.LeaveGroup;

                /**
                 * Decodes a LeaveGroup message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns LeaveGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.LeaveGroup;

                /**
                 * Verifies a LeaveGroup message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a LeaveGroup message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns LeaveGroup
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.LeaveGroup;

                /**
                 * Creates a plain object from a LeaveGroup message. Also converts values to other types if specified.
                 * @param message LeaveGroup
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.LeaveGroup, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LeaveGroup to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for LeaveGroup
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** GuildRank enum. */
            enum GuildRank {
                GUILD_RANK_NONE = 0,
                GUILD_RANK_MEMBER = 1,
                GUILD_RANK_OFFICER = 2,
                GUILD_RANK_LEADER = 3
            }

            /** Properties of a GuildInfo. */
            interface IGuildInfo {
            }

            /** Represents a GuildInfo. */
            class GuildInfo implements IGuildInfo {

                /**
                 * Constructs a new GuildInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IGuildInfo);

                /**
                 * Creates a new GuildInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GuildInfo instance
                 */
                public static create(properties?: hearth.client.v1.IGuildInfo): hearth.client.v1.GuildInfo;

                /**
                 * Encodes the specified GuildInfo message. Does not implicitly {@link hearth.client.v1.GuildInfo.verify|verify} messages.
                 * @param message GuildInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IGuildInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GuildInfo message, length delimited. Does not implicitly {@link hearth.client.v1.GuildInfo.verify|verify} messages.
                 * @param message GuildInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IGuildInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GuildInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GuildInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.GuildInfo;

                /**
                 * Decodes a GuildInfo message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns GuildInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.GuildInfo;

                /**
                 * Verifies a GuildInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GuildInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GuildInfo
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.GuildInfo;

                /**
                 * Creates a plain object from a GuildInfo message. Also converts values to other types if specified.
                 * @param message GuildInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.GuildInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GuildInfo to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GuildInfo
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a SetGuildRank. */
            interface ISetGuildRank {

                /** SetGuildRank player */
                player?: (number|Long|null);

                /** SetGuildRank rank */
                rank?: (hearth.client.v1.GuildRank|null);
            }

            /** Represents a SetGuildRank. */
            class SetGuildRank implements ISetGuildRank {

                /**
                 * Constructs a new SetGuildRank.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.ISetGuildRank);

                /** SetGuildRank player. */
                public player: (number|Long);

                /** SetGuildRank rank. */
                public rank: hearth.client.v1.GuildRank;

                /**
                 * Creates a new SetGuildRank instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SetGuildRank instance
                 */
                public static create(properties?: hearth.client.v1.ISetGuildRank): hearth.client.v1.SetGuildRank;

                /**
                 * Encodes the specified SetGuildRank message. Does not implicitly {@link hearth.client.v1.SetGuildRank.verify|verify} messages.
                 * @param message SetGuildRank message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.ISetGuildRank, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SetGuildRank message, length delimited. Does not implicitly {@link hearth.client.v1.SetGuildRank.verify|verify} messages.
                 * @param message SetGuildRank message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.ISetGuildRank, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SetGuildRank message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns SetGuildRank
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.SetGuildRank;

                /**
                 * Decodes a SetGuildRank message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns SetGuildRank
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.SetGuildRank;

                /**
                 * Verifies a SetGuildRank message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SetGuildRank message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SetGuildRank
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.SetGuildRank;

                /**
                 * Creates a plain object from a SetGuildRank message. Also converts values to other types if specified.
                 * @param message SetGuildRank
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.SetGuildRank, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SetGuildRank to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for SetGuildRank
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GuildBank. */
            interface IGuildBank {

                /** GuildBank withdraw */
                withdraw?: (boolean|null);

                /** GuildBank items */
                items?: (hearth.client.v1.IItemStack[]|null);

                /** GuildBank gold */
                gold?: (number|Long|null);
            }

            /** Represents a GuildBank. */
            class GuildBank implements IGuildBank {

                /**
                 * Constructs a new GuildBank.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IGuildBank);

                /** GuildBank withdraw. */
                public withdraw: boolean;

                /** GuildBank items. */
                public items: hearth.client.v1.IItemStack[];

                /** GuildBank gold. */
                public gold: (number|Long);

                /**
                 * Creates a new GuildBank instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GuildBank instance
                 */
                public static create(properties?: hearth.client.v1.IGuildBank): hearth.client.v1.GuildBank;

                /**
                 * Encodes the specified GuildBank message. Does not implicitly {@link hearth.client.v1.GuildBank.verify|verify} messages.
                 * @param message GuildBank message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IGuildBank, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GuildBank message, length delimited. Does not implicitly {@link hearth.client.v1.GuildBank.verify|verify} messages.
                 * @param message GuildBank message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IGuildBank, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GuildBank message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GuildBank
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.GuildBank;

                /**
                 * Decodes a GuildBank message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns GuildBank
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.GuildBank;

                /**
                 * Verifies a GuildBank message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GuildBank message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GuildBank
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.GuildBank;

                /**
                 * Creates a plain object from a GuildBank message. Also converts values to other types if specified.
                 * @param message GuildBank
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.GuildBank, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GuildBank to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GuildBank
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GroupSay. */
            interface IGroupSay {

                /** GroupSay kind */
                kind?: (hearth.client.v1.GroupKind|null);

                /** GroupSay text */
                text?: (string|null);
            }

            /** Represents a GroupSay. */
            class GroupSay implements IGroupSay {

                /**
                 * Constructs a new GroupSay.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IGroupSay);

                /** GroupSay kind. */
                public kind: hearth.client.v1.GroupKind;

                /** GroupSay text. */
                public text: string;

                /**
                 * Creates a new GroupSay instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GroupSay instance
                 */
                public static create(properties?: hearth.client.v1.IGroupSay): hearth.client.v1.GroupSay;

                /**
                 * Encodes the specified GroupSay message. Does not implicitly {@link hearth.client.v1.GroupSay.verify|verify} messages.
                 * @param message GroupSay message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IGroupSay, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GroupSay message, length delimited. Does not implicitly {@link hearth.client.v1.GroupSay.verify|verify} messages.
                 * @param message GroupSay message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IGroupSay, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GroupSay message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GroupSay
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.GroupSay;

                /**
                 * Decodes a GroupSay message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns GroupSay
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.GroupSay;

                /**
                 * Verifies a GroupSay message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GroupSay message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GroupSay
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.GroupSay;

                /**
                 * Creates a plain object from a GroupSay message. Also converts values to other types if specified.
                 * @param message GroupSay
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.GroupSay, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GroupSay to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GroupSay
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a TradeOffer. */
            interface ITradeOffer {

                /** TradeOffer toPlayer */
                toPlayer?: (number|Long|null);

                /** TradeOffer item */
                item?: (string|null);

                /** TradeOffer give */
                give?: (hearth.client.v1.IItemStack[]|null);

                /** TradeOffer giveGold */
                giveGold?: (number|Long|null);

                /** TradeOffer want */
                want?: (hearth.client.v1.IItemStack[]|null);

                /** TradeOffer wantGold */
                wantGold?: (number|Long|null);
            }

            /** Represents a TradeOffer. */
            class TradeOffer implements ITradeOffer {

                /**
                 * Constructs a new TradeOffer.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.ITradeOffer);

                /** TradeOffer toPlayer. */
                public toPlayer: (number|Long);

                /** TradeOffer item. */
                public item: string;

                /** TradeOffer give. */
                public give: hearth.client.v1.IItemStack[];

                /** TradeOffer giveGold. */
                public giveGold: (number|Long);

                /** TradeOffer want. */
                public want: hearth.client.v1.IItemStack[];

                /** TradeOffer wantGold. */
                public wantGold: (number|Long);

                /**
                 * Creates a new TradeOffer instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TradeOffer instance
                 */
                public static create(properties?: hearth.client.v1.ITradeOffer): hearth.client.v1.TradeOffer;

                /**
                 * Encodes the specified TradeOffer message. Does not implicitly {@link hearth.client.v1.TradeOffer.verify|verify} messages.
                 * @param message TradeOffer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.ITradeOffer, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified TradeOffer message, length delimited. Does not implicitly {@link hearth.client.v1.TradeOffer.verify|verify} messages.
                 * @param message TradeOffer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.ITradeOffer, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TradeOffer message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns TradeOffer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.TradeOffer;

                /**
                 * Decodes a TradeOffer message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns TradeOffer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.TradeOffer;

                /**
                 * Verifies a TradeOffer message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TradeOffer message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TradeOffer
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.TradeOffer;

                /**
                 * Creates a plain object from a TradeOffer message. Also converts values to other types if specified.
                 * @param message TradeOffer
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.TradeOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TradeOffer to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for TradeOffer
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a TradeAnswer. */
            interface ITradeAnswer {

                /** TradeAnswer fromPlayer */
                fromPlayer?: (number|Long|null);

                /** TradeAnswer offerId */
                offerId?: (number|Long|null);

                /** TradeAnswer accept */
                accept?: (boolean|null);
            }

            /** Represents a TradeAnswer. */
            class TradeAnswer implements ITradeAnswer {

                /**
                 * Constructs a new TradeAnswer.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.ITradeAnswer);

                /** TradeAnswer fromPlayer. */
                public fromPlayer: (number|Long);

                /** TradeAnswer offerId. */
                public offerId: (number|Long);

                /** TradeAnswer accept. */
                public accept: boolean;

                /**
                 * Creates a new TradeAnswer instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TradeAnswer instance
                 */
                public static create(properties?: hearth.client.v1.ITradeAnswer): hearth.client.v1.TradeAnswer;

                /**
                 * Encodes the specified TradeAnswer message. Does not implicitly {@link hearth.client.v1.TradeAnswer.verify|verify} messages.
                 * @param message TradeAnswer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.ITradeAnswer, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified TradeAnswer message, length delimited. Does not implicitly {@link hearth.client.v1.TradeAnswer.verify|verify} messages.
                 * @param message TradeAnswer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.ITradeAnswer, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TradeAnswer message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns TradeAnswer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.TradeAnswer;

                /**
                 * Decodes a TradeAnswer message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns TradeAnswer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.TradeAnswer;

                /**
                 * Verifies a TradeAnswer message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TradeAnswer message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TradeAnswer
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.TradeAnswer;

                /**
                 * Creates a plain object from a TradeAnswer message. Also converts values to other types if specified.
                 * @param message TradeAnswer
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.TradeAnswer, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TradeAnswer to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for TradeAnswer
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a BattleJoin. */
            interface IBattleJoin {

                /** BattleJoin battleId */
                battleId?: (number|Long|null);
            }

            /** Represents a BattleJoin. */
            class BattleJoin implements IBattleJoin {

                /**
                 * Constructs a new BattleJoin.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IBattleJoin);

                /** BattleJoin battleId. */
                public battleId: (number|Long);

                /**
                 * Creates a new BattleJoin instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BattleJoin instance
                 */
                public static create(properties?: hearth.client.v1.IBattleJoin): hearth.client.v1.BattleJoin;

                /**
                 * Encodes the specified BattleJoin message. Does not implicitly {@link hearth.client.v1.BattleJoin.verify|verify} messages.
                 * @param message BattleJoin message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IBattleJoin, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BattleJoin message, length delimited. Does not implicitly {@link hearth.client.v1.BattleJoin.verify|verify} messages.
                 * @param message BattleJoin message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IBattleJoin, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BattleJoin message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns BattleJoin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.BattleJoin;

                /**
                 * Decodes a BattleJoin message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns BattleJoin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.BattleJoin;

                /**
                 * Verifies a BattleJoin message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BattleJoin message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BattleJoin
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.BattleJoin;

                /**
                 * Creates a plain object from a BattleJoin message. Also converts values to other types if specified.
                 * @param message BattleJoin
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.BattleJoin, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BattleJoin to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for BattleJoin
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a BattleAction. */
            interface IBattleAction {

                /** BattleAction skill */
                skill?: (number|null);
            }

            /** Represents a BattleAction. */
            class BattleAction implements IBattleAction {

                /**
                 * Constructs a new BattleAction.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IBattleAction);

                /** BattleAction skill. */
                public skill: number;

                /**
                 * Creates a new BattleAction instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BattleAction instance
                 */
                public static create(properties?: hearth.client.v1.IBattleAction): hearth.client.v1.BattleAction;

                /**
                 * Encodes the specified BattleAction message. Does not implicitly {@link hearth.client.v1.BattleAction.verify|verify} messages.
                 * @param message BattleAction message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IBattleAction, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BattleAction message, length delimited. Does not implicitly {@link hearth.client.v1.BattleAction.verify|verify} messages.
                 * @param message BattleAction message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IBattleAction, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BattleAction message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns BattleAction
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.BattleAction;

                /**
                 * Decodes a BattleAction message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns BattleAction
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.BattleAction;

                /**
                 * Verifies a BattleAction message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BattleAction message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BattleAction
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.BattleAction;

                /**
                 * Creates a plain object from a BattleAction message. Also converts values to other types if specified.
                 * @param message BattleAction
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.BattleAction, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BattleAction to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for BattleAction
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a BattleLeave. */
            interface IBattleLeave {
            }

            /** Represents a BattleLeave. */
            class BattleLeave implements IBattleLeave {

                /**
                 * Constructs a new BattleLeave.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IBattleLeave);

                /**
                 * Creates a new BattleLeave instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BattleLeave instance
                 */
                public static create(properties?: hearth.client.v1.IBattleLeave): hearth.client.v1.BattleLeave;

                /**
                 * Encodes the specified BattleLeave message. Does not implicitly {@link hearth.client.v1.BattleLeave.verify|verify} messages.
                 * @param message BattleLeave message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IBattleLeave, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BattleLeave message, length delimited. Does not implicitly {@link hearth.client.v1.BattleLeave.verify|verify} messages.
                 * @param message BattleLeave message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IBattleLeave, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BattleLeave message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns BattleLeave
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.BattleLeave;

                /**
                 * Decodes a BattleLeave message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns BattleLeave
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.BattleLeave;

                /**
                 * Verifies a BattleLeave message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BattleLeave message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BattleLeave
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.BattleLeave;

                /**
                 * Creates a plain object from a BattleLeave message. Also converts values to other types if specified.
                 * @param message BattleLeave
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.BattleLeave, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BattleLeave to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for BattleLeave
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an Inventory. */
            interface IInventory {
            }

            /** Represents an Inventory. */
            class Inventory implements IInventory {

                /**
                 * Constructs a new Inventory.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IInventory);

                /**
                 * Creates a new Inventory instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Inventory instance
                 */
                public static create(properties?: hearth.client.v1.IInventory): hearth.client.v1.Inventory;

                /**
                 * Encodes the specified Inventory message. Does not implicitly {@link hearth.client.v1.Inventory.verify|verify} messages.
                 * @param message Inventory message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IInventory, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Inventory message, length delimited. Does not implicitly {@link hearth.client.v1.Inventory.verify|verify} messages.
                 * @param message Inventory message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IInventory, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Inventory message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Inventory
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Inventory;

                /**
                 * Decodes an Inventory message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Inventory
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Inventory;

                /**
                 * Verifies an Inventory message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Inventory message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Inventory
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Inventory;

                /**
                 * Creates a plain object from an Inventory message. Also converts values to other types if specified.
                 * @param message Inventory
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Inventory, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Inventory to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Inventory
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Welcome. */
            interface IWelcome {

                /** Welcome protocolVersion */
                protocolVersion?: (number|null);

                /** Welcome frameBytesMax */
                frameBytesMax?: (number|null);

                /** Welcome requestsPerS */
                requestsPerS?: (number|null);
            }

            /** Represents a Welcome. */
            class Welcome implements IWelcome {

                /**
                 * Constructs a new Welcome.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IWelcome);

                /** Welcome protocolVersion. */
                public protocolVersion: number;

                /** Welcome frameBytesMax. */
                public frameBytesMax: number;

                /** Welcome requestsPerS. */
                public requestsPerS: number;

                /**
                 * Creates a new Welcome instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Welcome instance
                 */
                public static create(properties?: hearth.client.v1.IWelcome): hearth.client.v1.Welcome;

                /**
                 * Encodes the specified Welcome message. Does not implicitly {@link hearth.client.v1.Welcome.verify|verify} messages.
                 * @param message Welcome message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IWelcome, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Welcome message, length delimited. Does not implicitly {@link hearth.client.v1.Welcome.verify|verify} messages.
                 * @param message Welcome message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IWelcome, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Welcome message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Welcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Welcome;

                /**
                 * Decodes a Welcome message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Welcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Welcome;

                /**
                 * Verifies a Welcome message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Welcome
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Welcome;

                /**
                 * Creates a plain object from a Welcome message. Also converts values to other types if specified.
                 * @param message Welcome
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Welcome, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Welcome to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Welcome
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a LoginOk. */
            interface ILoginOk {

                /** LoginOk playerId */
                playerId?: (number|Long|null);

                /** LoginOk sessionToken */
                sessionToken?: (Uint8Array|null);

                /** LoginOk resumed */
                resumed?: (boolean|null);

                /** LoginOk resendFrom */
                resendFrom?: (number|Long|null);
            }

            /** Represents a LoginOk. */
            class LoginOk implements ILoginOk {

                /**
                 * Constructs a new LoginOk.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.ILoginOk);

                /** LoginOk playerId. */
                public playerId: (number|Long);

                /** LoginOk sessionToken. */
                public sessionToken: Uint8Array;

                /** LoginOk resumed. */
                public resumed: boolean;

                /** LoginOk resendFrom. */
                public resendFrom: (number|Long);

                /**
                 * Creates a new LoginOk instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LoginOk instance
                 */
                public static create(properties?: hearth.client.v1.ILoginOk): hearth.client.v1.LoginOk;

                /**
                 * Encodes the specified LoginOk message. Does not implicitly {@link hearth.client.v1.LoginOk.verify|verify} messages.
                 * @param message LoginOk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.ILoginOk, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified LoginOk message, length delimited. Does not implicitly {@link hearth.client.v1.LoginOk.verify|verify} messages.
                 * @param message LoginOk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.ILoginOk, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LoginOk message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns LoginOk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.LoginOk;

                /**
                 * Decodes a LoginOk message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns LoginOk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.LoginOk;

                /**
                 * Verifies a LoginOk message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a LoginOk message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns LoginOk
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.LoginOk;

                /**
                 * Creates a plain object from a LoginOk message. Also converts values to other types if specified.
                 * @param message LoginOk
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.LoginOk, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LoginOk to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for LoginOk
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Reply. */
            interface IReply {

                /** Reply id */
                id?: (number|Long|null);

                /** Reply seq */
                seq?: (number|Long|null);

                /** Reply echo */
                echo?: (hearth.client.v1.IEcho|null);

                /** Reply moved */
                moved?: (hearth.client.v1.IMoved|null);

                /** Reply done */
                done?: (hearth.client.v1.IDone|null);

                /** Reply heavy */
                heavy?: (hearth.client.v1.IHeavyResult|null);

                /** Reply tradeOpened */
                tradeOpened?: (hearth.client.v1.ITradeOpened|null);

                /** Reply battleJoined */
                battleJoined?: (hearth.client.v1.IBattleJoined|null);

                /** Reply battleHit */
                battleHit?: (hearth.client.v1.IBattleHit|null);

                /** Reply inventory */
                inventory?: (hearth.client.v1.IInventoryState|null);

                /** Reply guild */
                guild?: (hearth.client.v1.IGuildState|null);
            }

            /** Represents a Reply. */
            class Reply implements IReply {

                /**
                 * Constructs a new Reply.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IReply);

                /** Reply id. */
                public id: (number|Long);

                /** Reply seq. */
                public seq: (number|Long);

                /** Reply echo. */
                public echo?: (hearth.client.v1.IEcho|null);

                /** Reply moved. */
                public moved?: (hearth.client.v1.IMoved|null);

                /** Reply done. */
                public done?: (hearth.client.v1.IDone|null);

                /** Reply heavy. */
                public heavy?: (hearth.client.v1.IHeavyResult|null);

                /** Reply tradeOpened. */
                public tradeOpened?: (hearth.client.v1.ITradeOpened|null);

                /** Reply battleJoined. */
                public battleJoined?: (hearth.client.v1.IBattleJoined|null);

                /** Reply battleHit. */
                public battleHit?: (hearth.client.v1.IBattleHit|null);

                /** Reply inventory. */
                public inventory?: (hearth.client.v1.IInventoryState|null);

                /** Reply guild. */
                public guild?: (hearth.client.v1.IGuildState|null);

                /** Reply body. */
                public body?: ("echo"|"moved"|"done"|"heavy"|"tradeOpened"|"battleJoined"|"battleHit"|"inventory"|"guild");

                /**
                 * Creates a new Reply instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Reply instance
                 */
                public static create(properties?: hearth.client.v1.IReply): hearth.client.v1.Reply;

                /**
                 * Encodes the specified Reply message. Does not implicitly {@link hearth.client.v1.Reply.verify|verify} messages.
                 * @param message Reply message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IReply, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Reply message, length delimited. Does not implicitly {@link hearth.client.v1.Reply.verify|verify} messages.
                 * @param message Reply message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IReply, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Reply message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Reply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Reply;

                /**
                 * Decodes a Reply message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Reply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Reply;

                /**
                 * Verifies a Reply message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Reply message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Reply
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Reply;

                /**
                 * Creates a plain object from a Reply message. Also converts values to other types if specified.
                 * @param message Reply
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Reply, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Reply to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Reply
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a UseItem. */
            interface IUseItem {

                /** UseItem item */
                item?: (number|null);

                /** UseItem count */
                count?: (number|null);
            }

            /** Represents a UseItem. */
            class UseItem implements IUseItem {

                /**
                 * Constructs a new UseItem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IUseItem);

                /** UseItem item. */
                public item: number;

                /** UseItem count. */
                public count: number;

                /**
                 * Creates a new UseItem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UseItem instance
                 */
                public static create(properties?: hearth.client.v1.IUseItem): hearth.client.v1.UseItem;

                /**
                 * Encodes the specified UseItem message. Does not implicitly {@link hearth.client.v1.UseItem.verify|verify} messages.
                 * @param message UseItem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IUseItem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified UseItem message, length delimited. Does not implicitly {@link hearth.client.v1.UseItem.verify|verify} messages.
                 * @param message UseItem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IUseItem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a UseItem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns UseItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.UseItem;

                /**
                 * Decodes a UseItem message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns UseItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.UseItem;

                /**
                 * Verifies a UseItem message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a UseItem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UseItem
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.UseItem;

                /**
                 * Creates a plain object from a UseItem message. Also converts values to other types if specified.
                 * @param message UseItem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.UseItem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UseItem to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for UseItem
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an ItemStack. */
            interface IItemStack {

                /** ItemStack item */
                item?: (number|null);

                /** ItemStack count */
                count?: (number|null);
            }

            /** Represents an ItemStack. */
            class ItemStack implements IItemStack {

                /**
                 * Constructs a new ItemStack.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IItemStack);

                /** ItemStack item. */
                public item: number;

                /** ItemStack count. */
                public count: number;

                /**
                 * Creates a new ItemStack instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ItemStack instance
                 */
                public static create(properties?: hearth.client.v1.IItemStack): hearth.client.v1.ItemStack;

                /**
                 * Encodes the specified ItemStack message. Does not implicitly {@link hearth.client.v1.ItemStack.verify|verify} messages.
                 * @param message ItemStack message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IItemStack, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ItemStack message, length delimited. Does not implicitly {@link hearth.client.v1.ItemStack.verify|verify} messages.
                 * @param message ItemStack message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IItemStack, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ItemStack message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ItemStack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.ItemStack;

                /**
                 * Decodes an ItemStack message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns ItemStack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.ItemStack;

                /**
                 * Verifies an ItemStack message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ItemStack message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ItemStack
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.ItemStack;

                /**
                 * Creates a plain object from an ItemStack message. Also converts values to other types if specified.
                 * @param message ItemStack
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.ItemStack, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ItemStack to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for ItemStack
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an InventoryState. */
            interface IInventoryState {

                /** InventoryState gold */
                gold?: (number|Long|null);

                /** InventoryState xp */
                xp?: (number|Long|null);

                /** InventoryState level */
                level?: (number|null);

                /** InventoryState x */
                x?: (number|null);

                /** InventoryState y */
                y?: (number|null);

                /** InventoryState items */
                items?: (hearth.client.v1.IItemStack[]|null);

                /** InventoryState guild */
                guild?: (number|Long|null);

                /** InventoryState team */
                team?: (number|Long|null);
            }

            /** Represents an InventoryState. */
            class InventoryState implements IInventoryState {

                /**
                 * Constructs a new InventoryState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IInventoryState);

                /** InventoryState gold. */
                public gold: (number|Long);

                /** InventoryState xp. */
                public xp: (number|Long);

                /** InventoryState level. */
                public level: number;

                /** InventoryState x. */
                public x: number;

                /** InventoryState y. */
                public y: number;

                /** InventoryState items. */
                public items: hearth.client.v1.IItemStack[];

                /** InventoryState guild. */
                public guild: (number|Long);

                /** InventoryState team. */
                public team: (number|Long);

                /**
                 * Creates a new InventoryState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InventoryState instance
                 */
                public static create(properties?: hearth.client.v1.IInventoryState): hearth.client.v1.InventoryState;

                /**
                 * Encodes the specified InventoryState message. Does not implicitly {@link hearth.client.v1.InventoryState.verify|verify} messages.
                 * @param message InventoryState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IInventoryState, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified InventoryState message, length delimited. Does not implicitly {@link hearth.client.v1.InventoryState.verify|verify} messages.
                 * @param message InventoryState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IInventoryState, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InventoryState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns InventoryState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.InventoryState;

                /**
                 * Decodes an InventoryState message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns InventoryState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.InventoryState;

                /**
                 * Verifies an InventoryState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an InventoryState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns InventoryState
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.InventoryState;

                /**
                 * Creates a plain object from an InventoryState message. Also converts values to other types if specified.
                 * @param message InventoryState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.InventoryState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this InventoryState to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for InventoryState
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GuildState. */
            interface IGuildState {

                /** GuildState guild */
                guild?: (number|Long|null);

                /** GuildState members */
                members?: (hearth.client.v1.IGuildMember[]|null);

                /** GuildState bankGold */
                bankGold?: (number|Long|null);

                /** GuildState bankItems */
                bankItems?: (hearth.client.v1.IItemStack[]|null);
            }

            /** Represents a GuildState. */
            class GuildState implements IGuildState {

                /**
                 * Constructs a new GuildState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IGuildState);

                /** GuildState guild. */
                public guild: (number|Long);

                /** GuildState members. */
                public members: hearth.client.v1.IGuildMember[];

                /** GuildState bankGold. */
                public bankGold: (number|Long);

                /** GuildState bankItems. */
                public bankItems: hearth.client.v1.IItemStack[];

                /**
                 * Creates a new GuildState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GuildState instance
                 */
                public static create(properties?: hearth.client.v1.IGuildState): hearth.client.v1.GuildState;

                /**
                 * Encodes the specified GuildState message. Does not implicitly {@link hearth.client.v1.GuildState.verify|verify} messages.
                 * @param message GuildState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IGuildState, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GuildState message, length delimited. Does not implicitly {@link hearth.client.v1.GuildState.verify|verify} messages.
                 * @param message GuildState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IGuildState, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GuildState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GuildState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.GuildState;

                /**
                 * Decodes a GuildState message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns GuildState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.GuildState;

                /**
                 * Verifies a GuildState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GuildState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GuildState
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.GuildState;

                /**
                 * Creates a plain object from a GuildState message. Also converts values to other types if specified.
                 * @param message GuildState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.GuildState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GuildState to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GuildState
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GuildMember. */
            interface IGuildMember {

                /** GuildMember player */
                player?: (number|Long|null);

                /** GuildMember rank */
                rank?: (hearth.client.v1.GuildRank|null);

                /** GuildMember online */
                online?: (boolean|null);
            }

            /** Represents a GuildMember. */
            class GuildMember implements IGuildMember {

                /**
                 * Constructs a new GuildMember.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IGuildMember);

                /** GuildMember player. */
                public player: (number|Long);

                /** GuildMember rank. */
                public rank: hearth.client.v1.GuildRank;

                /** GuildMember online. */
                public online: boolean;

                /**
                 * Creates a new GuildMember instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GuildMember instance
                 */
                public static create(properties?: hearth.client.v1.IGuildMember): hearth.client.v1.GuildMember;

                /**
                 * Encodes the specified GuildMember message. Does not implicitly {@link hearth.client.v1.GuildMember.verify|verify} messages.
                 * @param message GuildMember message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IGuildMember, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GuildMember message, length delimited. Does not implicitly {@link hearth.client.v1.GuildMember.verify|verify} messages.
                 * @param message GuildMember message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IGuildMember, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GuildMember message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GuildMember
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.GuildMember;

                /**
                 * Decodes a GuildMember message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns GuildMember
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.GuildMember;

                /**
                 * Verifies a GuildMember message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GuildMember message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GuildMember
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.GuildMember;

                /**
                 * Creates a plain object from a GuildMember message. Also converts values to other types if specified.
                 * @param message GuildMember
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.GuildMember, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GuildMember to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GuildMember
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a BattleJoined. */
            interface IBattleJoined {

                /** BattleJoined battleId */
                battleId?: (number|Long|null);

                /** BattleJoined monsters */
                monsters?: (number|null);
            }

            /** Represents a BattleJoined. */
            class BattleJoined implements IBattleJoined {

                /**
                 * Constructs a new BattleJoined.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IBattleJoined);

                /** BattleJoined battleId. */
                public battleId: (number|Long);

                /** BattleJoined monsters. */
                public monsters: number;

                /**
                 * Creates a new BattleJoined instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BattleJoined instance
                 */
                public static create(properties?: hearth.client.v1.IBattleJoined): hearth.client.v1.BattleJoined;

                /**
                 * Encodes the specified BattleJoined message. Does not implicitly {@link hearth.client.v1.BattleJoined.verify|verify} messages.
                 * @param message BattleJoined message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IBattleJoined, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BattleJoined message, length delimited. Does not implicitly {@link hearth.client.v1.BattleJoined.verify|verify} messages.
                 * @param message BattleJoined message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IBattleJoined, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BattleJoined message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns BattleJoined
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.BattleJoined;

                /**
                 * Decodes a BattleJoined message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns BattleJoined
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.BattleJoined;

                /**
                 * Verifies a BattleJoined message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BattleJoined message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BattleJoined
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.BattleJoined;

                /**
                 * Creates a plain object from a BattleJoined message. Also converts values to other types if specified.
                 * @param message BattleJoined
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.BattleJoined, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BattleJoined to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for BattleJoined
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a BattleHit. */
            interface IBattleHit {

                /** BattleHit damage */
                damage?: (number|null);

                /** BattleHit monsterHp */
                monsterHp?: (number|null);

                /** BattleHit monstersLeft */
                monstersLeft?: (number|null);
            }

            /** Represents a BattleHit. */
            class BattleHit implements IBattleHit {

                /**
                 * Constructs a new BattleHit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IBattleHit);

                /** BattleHit damage. */
                public damage: number;

                /** BattleHit monsterHp. */
                public monsterHp: number;

                /** BattleHit monstersLeft. */
                public monstersLeft: number;

                /**
                 * Creates a new BattleHit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BattleHit instance
                 */
                public static create(properties?: hearth.client.v1.IBattleHit): hearth.client.v1.BattleHit;

                /**
                 * Encodes the specified BattleHit message. Does not implicitly {@link hearth.client.v1.BattleHit.verify|verify} messages.
                 * @param message BattleHit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IBattleHit, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BattleHit message, length delimited. Does not implicitly {@link hearth.client.v1.BattleHit.verify|verify} messages.
                 * @param message BattleHit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IBattleHit, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BattleHit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns BattleHit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.BattleHit;

                /**
                 * Decodes a BattleHit message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns BattleHit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.BattleHit;

                /**
                 * Verifies a BattleHit message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BattleHit message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BattleHit
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.BattleHit;

                /**
                 * Creates a plain object from a BattleHit message. Also converts values to other types if specified.
                 * @param message BattleHit
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.BattleHit, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BattleHit to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for BattleHit
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a TradeOpened. */
            interface ITradeOpened {

                /** TradeOpened offerId */
                offerId?: (number|Long|null);
            }

            /** Represents a TradeOpened. */
            class TradeOpened implements ITradeOpened {

                /**
                 * Constructs a new TradeOpened.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.ITradeOpened);

                /** TradeOpened offerId. */
                public offerId: (number|Long);

                /**
                 * Creates a new TradeOpened instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TradeOpened instance
                 */
                public static create(properties?: hearth.client.v1.ITradeOpened): hearth.client.v1.TradeOpened;

                /**
                 * Encodes the specified TradeOpened message. Does not implicitly {@link hearth.client.v1.TradeOpened.verify|verify} messages.
                 * @param message TradeOpened message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.ITradeOpened, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified TradeOpened message, length delimited. Does not implicitly {@link hearth.client.v1.TradeOpened.verify|verify} messages.
                 * @param message TradeOpened message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.ITradeOpened, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TradeOpened message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns TradeOpened
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.TradeOpened;

                /**
                 * Decodes a TradeOpened message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns TradeOpened
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.TradeOpened;

                /**
                 * Verifies a TradeOpened message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TradeOpened message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TradeOpened
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.TradeOpened;

                /**
                 * Creates a plain object from a TradeOpened message. Also converts values to other types if specified.
                 * @param message TradeOpened
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.TradeOpened, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TradeOpened to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for TradeOpened
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Moved. */
            interface IMoved {

                /** Moved x */
                x?: (number|null);

                /** Moved y */
                y?: (number|null);

                /** Moved cell */
                cell?: (number|null);
            }

            /** Represents a Moved. */
            class Moved implements IMoved {

                /**
                 * Constructs a new Moved.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IMoved);

                /** Moved x. */
                public x: number;

                /** Moved y. */
                public y: number;

                /** Moved cell. */
                public cell: number;

                /**
                 * Creates a new Moved instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Moved instance
                 */
                public static create(properties?: hearth.client.v1.IMoved): hearth.client.v1.Moved;

                /**
                 * Encodes the specified Moved message. Does not implicitly {@link hearth.client.v1.Moved.verify|verify} messages.
                 * @param message Moved message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IMoved, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Moved message, length delimited. Does not implicitly {@link hearth.client.v1.Moved.verify|verify} messages.
                 * @param message Moved message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IMoved, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Moved message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Moved
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Moved;

                /**
                 * Decodes a Moved message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Moved
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Moved;

                /**
                 * Verifies a Moved message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Moved message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Moved
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Moved;

                /**
                 * Creates a plain object from a Moved message. Also converts values to other types if specified.
                 * @param message Moved
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Moved, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Moved to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Moved
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Done. */
            interface IDone {
            }

            /** Represents a Done. */
            class Done implements IDone {

                /**
                 * Constructs a new Done.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IDone);

                /**
                 * Creates a new Done instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Done instance
                 */
                public static create(properties?: hearth.client.v1.IDone): hearth.client.v1.Done;

                /**
                 * Encodes the specified Done message. Does not implicitly {@link hearth.client.v1.Done.verify|verify} messages.
                 * @param message Done message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IDone, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Done message, length delimited. Does not implicitly {@link hearth.client.v1.Done.verify|verify} messages.
                 * @param message Done message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IDone, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Done message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Done
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Done;

                /**
                 * Decodes a Done message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Done
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Done;

                /**
                 * Verifies a Done message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Done message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Done
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Done;

                /**
                 * Creates a plain object from a Done message. Also converts values to other types if specified.
                 * @param message Done
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Done, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Done to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Done
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a HeavyResult. */
            interface IHeavyResult {

                /** HeavyResult value */
                value?: (number|Long|null);
            }

            /** Represents a HeavyResult. */
            class HeavyResult implements IHeavyResult {

                /**
                 * Constructs a new HeavyResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IHeavyResult);

                /** HeavyResult value. */
                public value: (number|Long);

                /**
                 * Creates a new HeavyResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HeavyResult instance
                 */
                public static create(properties?: hearth.client.v1.IHeavyResult): hearth.client.v1.HeavyResult;

                /**
                 * Encodes the specified HeavyResult message. Does not implicitly {@link hearth.client.v1.HeavyResult.verify|verify} messages.
                 * @param message HeavyResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IHeavyResult, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HeavyResult message, length delimited. Does not implicitly {@link hearth.client.v1.HeavyResult.verify|verify} messages.
                 * @param message HeavyResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IHeavyResult, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HeavyResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns HeavyResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.HeavyResult;

                /**
                 * Decodes a HeavyResult message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns HeavyResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.HeavyResult;

                /**
                 * Verifies a HeavyResult message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HeavyResult message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HeavyResult
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.HeavyResult;

                /**
                 * Creates a plain object from a HeavyResult message. Also converts values to other types if specified.
                 * @param message HeavyResult
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.HeavyResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HeavyResult to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for HeavyResult
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Push. */
            interface IPush {

                /** Push seq */
                seq?: (number|Long|null);

                /** Push whisper */
                whisper?: (hearth.client.v1.IWhisperLine|null);

                /** Push groupLine */
                groupLine?: (hearth.client.v1.IGroupLine|null);

                /** Push tradeOffered */
                tradeOffered?: (hearth.client.v1.ITradeOffered|null);

                /** Push tradeClosed */
                tradeClosed?: (hearth.client.v1.ITradeClosed|null);

                /** Push battleEnded */
                battleEnded?: (hearth.client.v1.IBattleEnded|null);

                /** Push aoi */
                aoi?: (hearth.client.v1.IAoi|null);

                /** Push groupLeft */
                groupLeft?: (hearth.client.v1.IGroupLeft|null);
            }

            /** Represents a Push. */
            class Push implements IPush {

                /**
                 * Constructs a new Push.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IPush);

                /** Push seq. */
                public seq: (number|Long);

                /** Push whisper. */
                public whisper?: (hearth.client.v1.IWhisperLine|null);

                /** Push groupLine. */
                public groupLine?: (hearth.client.v1.IGroupLine|null);

                /** Push tradeOffered. */
                public tradeOffered?: (hearth.client.v1.ITradeOffered|null);

                /** Push tradeClosed. */
                public tradeClosed?: (hearth.client.v1.ITradeClosed|null);

                /** Push battleEnded. */
                public battleEnded?: (hearth.client.v1.IBattleEnded|null);

                /** Push aoi. */
                public aoi?: (hearth.client.v1.IAoi|null);

                /** Push groupLeft. */
                public groupLeft?: (hearth.client.v1.IGroupLeft|null);

                /** Push body. */
                public body?: ("whisper"|"groupLine"|"tradeOffered"|"tradeClosed"|"battleEnded"|"aoi"|"groupLeft");

                /**
                 * Creates a new Push instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Push instance
                 */
                public static create(properties?: hearth.client.v1.IPush): hearth.client.v1.Push;

                /**
                 * Encodes the specified Push message. Does not implicitly {@link hearth.client.v1.Push.verify|verify} messages.
                 * @param message Push message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IPush, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Push message, length delimited. Does not implicitly {@link hearth.client.v1.Push.verify|verify} messages.
                 * @param message Push message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IPush, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Push message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Push
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Push;

                /**
                 * Decodes a Push message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Push
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Push;

                /**
                 * Verifies a Push message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Push message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Push
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Push;

                /**
                 * Creates a plain object from a Push message. Also converts values to other types if specified.
                 * @param message Push
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Push, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Push to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Push
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GroupLeft. */
            interface IGroupLeft {

                /** GroupLeft kind */
                kind?: (hearth.client.v1.GroupKind|null);

                /** GroupLeft group */
                group?: (number|Long|null);

                /** GroupLeft reason */
                reason?: (string|null);
            }

            /** Represents a GroupLeft. */
            class GroupLeft implements IGroupLeft {

                /**
                 * Constructs a new GroupLeft.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IGroupLeft);

                /** GroupLeft kind. */
                public kind: hearth.client.v1.GroupKind;

                /** GroupLeft group. */
                public group: (number|Long);

                /** GroupLeft reason. */
                public reason: string;

                /**
                 * Creates a new GroupLeft instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GroupLeft instance
                 */
                public static create(properties?: hearth.client.v1.IGroupLeft): hearth.client.v1.GroupLeft;

                /**
                 * Encodes the specified GroupLeft message. Does not implicitly {@link hearth.client.v1.GroupLeft.verify|verify} messages.
                 * @param message GroupLeft message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IGroupLeft, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GroupLeft message, length delimited. Does not implicitly {@link hearth.client.v1.GroupLeft.verify|verify} messages.
                 * @param message GroupLeft message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IGroupLeft, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GroupLeft message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GroupLeft
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.GroupLeft;

                /**
                 * Decodes a GroupLeft message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns GroupLeft
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.GroupLeft;

                /**
                 * Verifies a GroupLeft message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GroupLeft message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GroupLeft
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.GroupLeft;

                /**
                 * Creates a plain object from a GroupLeft message. Also converts values to other types if specified.
                 * @param message GroupLeft
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.GroupLeft, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GroupLeft to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GroupLeft
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an Aoi. */
            interface IAoi {

                /** Aoi seen */
                seen?: (hearth.client.v1.ISeen[]|null);

                /** Aoi gone */
                gone?: ((number|Long)[]|null);
            }

            /** Represents an Aoi. */
            class Aoi implements IAoi {

                /**
                 * Constructs a new Aoi.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IAoi);

                /** Aoi seen. */
                public seen: hearth.client.v1.ISeen[];

                /** Aoi gone. */
                public gone: (number|Long)[];

                /**
                 * Creates a new Aoi instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Aoi instance
                 */
                public static create(properties?: hearth.client.v1.IAoi): hearth.client.v1.Aoi;

                /**
                 * Encodes the specified Aoi message. Does not implicitly {@link hearth.client.v1.Aoi.verify|verify} messages.
                 * @param message Aoi message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IAoi, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Aoi message, length delimited. Does not implicitly {@link hearth.client.v1.Aoi.verify|verify} messages.
                 * @param message Aoi message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IAoi, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Aoi message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Aoi
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Aoi;

                /**
                 * Decodes an Aoi message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Aoi
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Aoi;

                /**
                 * Verifies an Aoi message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Aoi message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Aoi
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Aoi;

                /**
                 * Creates a plain object from an Aoi message. Also converts values to other types if specified.
                 * @param message Aoi
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Aoi, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Aoi to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Aoi
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Seen. */
            interface ISeen {

                /** Seen player */
                player?: (number|Long|null);

                /** Seen x */
                x?: (number|null);

                /** Seen y */
                y?: (number|null);
            }

            /** Represents a Seen. */
            class Seen implements ISeen {

                /**
                 * Constructs a new Seen.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.ISeen);

                /** Seen player. */
                public player: (number|Long);

                /** Seen x. */
                public x: number;

                /** Seen y. */
                public y: number;

                /**
                 * Creates a new Seen instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Seen instance
                 */
                public static create(properties?: hearth.client.v1.ISeen): hearth.client.v1.Seen;

                /**
                 * Encodes the specified Seen message. Does not implicitly {@link hearth.client.v1.Seen.verify|verify} messages.
                 * @param message Seen message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.ISeen, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Seen message, length delimited. Does not implicitly {@link hearth.client.v1.Seen.verify|verify} messages.
                 * @param message Seen message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.ISeen, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Seen message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Seen
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Seen;

                /**
                 * Decodes a Seen message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Seen
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Seen;

                /**
                 * Verifies a Seen message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Seen message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Seen
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Seen;

                /**
                 * Creates a plain object from a Seen message. Also converts values to other types if specified.
                 * @param message Seen
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Seen, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Seen to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Seen
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a BattleEnded. */
            interface IBattleEnded {

                /** BattleEnded battleId */
                battleId?: (number|Long|null);

                /** BattleEnded outcome */
                outcome?: (string|null);

                /** BattleEnded rewardXp */
                rewardXp?: (number|Long|null);

                /** BattleEnded rewardItems */
                rewardItems?: (hearth.client.v1.IItemStack[]|null);
            }

            /** Represents a BattleEnded. */
            class BattleEnded implements IBattleEnded {

                /**
                 * Constructs a new BattleEnded.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IBattleEnded);

                /** BattleEnded battleId. */
                public battleId: (number|Long);

                /** BattleEnded outcome. */
                public outcome: string;

                /** BattleEnded rewardXp. */
                public rewardXp: (number|Long);

                /** BattleEnded rewardItems. */
                public rewardItems: hearth.client.v1.IItemStack[];

                /**
                 * Creates a new BattleEnded instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BattleEnded instance
                 */
                public static create(properties?: hearth.client.v1.IBattleEnded): hearth.client.v1.BattleEnded;

                /**
                 * Encodes the specified BattleEnded message. Does not implicitly {@link hearth.client.v1.BattleEnded.verify|verify} messages.
                 * @param message BattleEnded message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IBattleEnded, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BattleEnded message, length delimited. Does not implicitly {@link hearth.client.v1.BattleEnded.verify|verify} messages.
                 * @param message BattleEnded message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IBattleEnded, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BattleEnded message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns BattleEnded
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.BattleEnded;

                /**
                 * Decodes a BattleEnded message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns BattleEnded
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.BattleEnded;

                /**
                 * Verifies a BattleEnded message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BattleEnded message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BattleEnded
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.BattleEnded;

                /**
                 * Creates a plain object from a BattleEnded message. Also converts values to other types if specified.
                 * @param message BattleEnded
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.BattleEnded, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BattleEnded to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for BattleEnded
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a TradeOffered. */
            interface ITradeOffered {

                /** TradeOffered fromPlayer */
                fromPlayer?: (number|Long|null);

                /** TradeOffered offerId */
                offerId?: (number|Long|null);

                /** TradeOffered item */
                item?: (string|null);

                /** TradeOffered give */
                give?: (hearth.client.v1.IItemStack[]|null);

                /** TradeOffered giveGold */
                giveGold?: (number|Long|null);

                /** TradeOffered want */
                want?: (hearth.client.v1.IItemStack[]|null);

                /** TradeOffered wantGold */
                wantGold?: (number|Long|null);
            }

            /** Represents a TradeOffered. */
            class TradeOffered implements ITradeOffered {

                /**
                 * Constructs a new TradeOffered.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.ITradeOffered);

                /** TradeOffered fromPlayer. */
                public fromPlayer: (number|Long);

                /** TradeOffered offerId. */
                public offerId: (number|Long);

                /** TradeOffered item. */
                public item: string;

                /** TradeOffered give. */
                public give: hearth.client.v1.IItemStack[];

                /** TradeOffered giveGold. */
                public giveGold: (number|Long);

                /** TradeOffered want. */
                public want: hearth.client.v1.IItemStack[];

                /** TradeOffered wantGold. */
                public wantGold: (number|Long);

                /**
                 * Creates a new TradeOffered instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TradeOffered instance
                 */
                public static create(properties?: hearth.client.v1.ITradeOffered): hearth.client.v1.TradeOffered;

                /**
                 * Encodes the specified TradeOffered message. Does not implicitly {@link hearth.client.v1.TradeOffered.verify|verify} messages.
                 * @param message TradeOffered message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.ITradeOffered, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified TradeOffered message, length delimited. Does not implicitly {@link hearth.client.v1.TradeOffered.verify|verify} messages.
                 * @param message TradeOffered message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.ITradeOffered, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TradeOffered message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns TradeOffered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.TradeOffered;

                /**
                 * Decodes a TradeOffered message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns TradeOffered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.TradeOffered;

                /**
                 * Verifies a TradeOffered message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TradeOffered message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TradeOffered
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.TradeOffered;

                /**
                 * Creates a plain object from a TradeOffered message. Also converts values to other types if specified.
                 * @param message TradeOffered
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.TradeOffered, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TradeOffered to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for TradeOffered
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** TradeOutcome enum. */
            enum TradeOutcome {
                TRADE_UNSPECIFIED = 0,
                TRADE_ACCEPTED = 1,
                TRADE_DECLINED = 2,
                TRADE_EXPIRED = 3,
                TRADE_FAILED = 4
            }

            /** Properties of a TradeClosed. */
            interface ITradeClosed {

                /** TradeClosed fromPlayer */
                fromPlayer?: (number|Long|null);

                /** TradeClosed toPlayer */
                toPlayer?: (number|Long|null);

                /** TradeClosed offerId */
                offerId?: (number|Long|null);

                /** TradeClosed outcome */
                outcome?: (hearth.client.v1.TradeOutcome|null);

                /** TradeClosed reason */
                reason?: (string|null);
            }

            /** Represents a TradeClosed. */
            class TradeClosed implements ITradeClosed {

                /**
                 * Constructs a new TradeClosed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.ITradeClosed);

                /** TradeClosed fromPlayer. */
                public fromPlayer: (number|Long);

                /** TradeClosed toPlayer. */
                public toPlayer: (number|Long);

                /** TradeClosed offerId. */
                public offerId: (number|Long);

                /** TradeClosed outcome. */
                public outcome: hearth.client.v1.TradeOutcome;

                /** TradeClosed reason. */
                public reason: string;

                /**
                 * Creates a new TradeClosed instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TradeClosed instance
                 */
                public static create(properties?: hearth.client.v1.ITradeClosed): hearth.client.v1.TradeClosed;

                /**
                 * Encodes the specified TradeClosed message. Does not implicitly {@link hearth.client.v1.TradeClosed.verify|verify} messages.
                 * @param message TradeClosed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.ITradeClosed, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified TradeClosed message, length delimited. Does not implicitly {@link hearth.client.v1.TradeClosed.verify|verify} messages.
                 * @param message TradeClosed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.ITradeClosed, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TradeClosed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns TradeClosed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.TradeClosed;

                /**
                 * Decodes a TradeClosed message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns TradeClosed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.TradeClosed;

                /**
                 * Verifies a TradeClosed message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TradeClosed message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TradeClosed
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.TradeClosed;

                /**
                 * Creates a plain object from a TradeClosed message. Also converts values to other types if specified.
                 * @param message TradeClosed
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.TradeClosed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TradeClosed to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for TradeClosed
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GroupLine. */
            interface IGroupLine {

                /** GroupLine kind */
                kind?: (hearth.client.v1.GroupKind|null);

                /** GroupLine group */
                group?: (number|Long|null);

                /** GroupLine fromPlayer */
                fromPlayer?: (number|Long|null);

                /** GroupLine text */
                text?: (string|null);
            }

            /** Represents a GroupLine. */
            class GroupLine implements IGroupLine {

                /**
                 * Constructs a new GroupLine.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IGroupLine);

                /** GroupLine kind. */
                public kind: hearth.client.v1.GroupKind;

                /** GroupLine group. */
                public group: (number|Long);

                /** GroupLine fromPlayer. */
                public fromPlayer: (number|Long);

                /** GroupLine text. */
                public text: string;

                /**
                 * Creates a new GroupLine instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GroupLine instance
                 */
                public static create(properties?: hearth.client.v1.IGroupLine): hearth.client.v1.GroupLine;

                /**
                 * Encodes the specified GroupLine message. Does not implicitly {@link hearth.client.v1.GroupLine.verify|verify} messages.
                 * @param message GroupLine message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IGroupLine, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GroupLine message, length delimited. Does not implicitly {@link hearth.client.v1.GroupLine.verify|verify} messages.
                 * @param message GroupLine message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IGroupLine, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GroupLine message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GroupLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.GroupLine;

                /**
                 * Decodes a GroupLine message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns GroupLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.GroupLine;

                /**
                 * Verifies a GroupLine message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GroupLine message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GroupLine
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.GroupLine;

                /**
                 * Creates a plain object from a GroupLine message. Also converts values to other types if specified.
                 * @param message GroupLine
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.GroupLine, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GroupLine to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GroupLine
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a WhisperLine. */
            interface IWhisperLine {

                /** WhisperLine fromPlayer */
                fromPlayer?: (number|Long|null);

                /** WhisperLine text */
                text?: (string|null);
            }

            /** Represents a WhisperLine. */
            class WhisperLine implements IWhisperLine {

                /**
                 * Constructs a new WhisperLine.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IWhisperLine);

                /** WhisperLine fromPlayer. */
                public fromPlayer: (number|Long);

                /** WhisperLine text. */
                public text: string;

                /**
                 * Creates a new WhisperLine instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WhisperLine instance
                 */
                public static create(properties?: hearth.client.v1.IWhisperLine): hearth.client.v1.WhisperLine;

                /**
                 * Encodes the specified WhisperLine message. Does not implicitly {@link hearth.client.v1.WhisperLine.verify|verify} messages.
                 * @param message WhisperLine message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IWhisperLine, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified WhisperLine message, length delimited. Does not implicitly {@link hearth.client.v1.WhisperLine.verify|verify} messages.
                 * @param message WhisperLine message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IWhisperLine, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WhisperLine message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns WhisperLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.WhisperLine;

                /**
                 * Decodes a WhisperLine message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns WhisperLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.WhisperLine;

                /**
                 * Verifies a WhisperLine message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a WhisperLine message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns WhisperLine
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.WhisperLine;

                /**
                 * Creates a plain object from a WhisperLine message. Also converts values to other types if specified.
                 * @param message WhisperLine
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.WhisperLine, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WhisperLine to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for WhisperLine
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an Error. */
            interface IError {

                /** Error code */
                code?: (hearth.client.v1.ErrorCode|null);

                /** Error requestId */
                requestId?: (number|Long|null);

                /** Error message */
                message?: (string|null);
            }

            /** Represents an Error. */
            class Error implements IError {

                /**
                 * Constructs a new Error.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IError);

                /** Error code. */
                public code: hearth.client.v1.ErrorCode;

                /** Error requestId. */
                public requestId: (number|Long);

                /** Error message. */
                public message: string;

                /**
                 * Creates a new Error instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Error instance
                 */
                public static create(properties?: hearth.client.v1.IError): hearth.client.v1.Error;

                /**
                 * Encodes the specified Error message. Does not implicitly {@link hearth.client.v1.Error.verify|verify} messages.
                 * @param message Error message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IError, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Error message, length delimited. Does not implicitly {@link hearth.client.v1.Error.verify|verify} messages.
                 * @param message Error message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IError, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Error message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Error
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Error;

                /**
                 * Decodes an Error message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Error
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Error;

                /**
                 * Verifies an Error message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Error message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Error
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Error;

                /**
                 * Creates a plain object from an Error message. Also converts values to other types if specified.
                 * @param message Error
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Error to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Error
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Bye. */
            interface IBye {

                /** Bye reason */
                reason?: (hearth.client.v1.ErrorCode|null);

                /** Bye message */
                message?: (string|null);
            }

            /** Represents a Bye. */
            class Bye implements IBye {

                /**
                 * Constructs a new Bye.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IBye);

                /** Bye reason. */
                public reason: hearth.client.v1.ErrorCode;

                /** Bye message. */
                public message: string;

                /**
                 * Creates a new Bye instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Bye instance
                 */
                public static create(properties?: hearth.client.v1.IBye): hearth.client.v1.Bye;

                /**
                 * Encodes the specified Bye message. Does not implicitly {@link hearth.client.v1.Bye.verify|verify} messages.
                 * @param message Bye message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IBye, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Bye message, length delimited. Does not implicitly {@link hearth.client.v1.Bye.verify|verify} messages.
                 * @param message Bye message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IBye, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Bye message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Bye
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Bye;

                /**
                 * Decodes a Bye message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Bye
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Bye;

                /**
                 * Verifies a Bye message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Bye message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Bye
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Bye;

                /**
                 * Creates a plain object from a Bye message. Also converts values to other types if specified.
                 * @param message Bye
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Bye, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Bye to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Bye
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Pong. */
            interface IPong {

                /** Pong nonce */
                nonce?: (number|Long|null);
            }

            /** Represents a Pong. */
            class Pong implements IPong {

                /**
                 * Constructs a new Pong.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hearth.client.v1.IPong);

                /** Pong nonce. */
                public nonce: (number|Long);

                /**
                 * Creates a new Pong instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Pong instance
                 */
                public static create(properties?: hearth.client.v1.IPong): hearth.client.v1.Pong;

                /**
                 * Encodes the specified Pong message. Does not implicitly {@link hearth.client.v1.Pong.verify|verify} messages.
                 * @param message Pong message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: hearth.client.v1.IPong, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Pong message, length delimited. Does not implicitly {@link hearth.client.v1.Pong.verify|verify} messages.
                 * @param message Pong message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: hearth.client.v1.IPong, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Pong message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Pong
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hearth.client.v1.Pong;

                /**
                 * Decodes a Pong message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Pong
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hearth.client.v1.Pong;

                /**
                 * Verifies a Pong message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Pong message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Pong
                 */
                public static fromObject(object: { [k: string]: any }): hearth.client.v1.Pong;

                /**
                 * Creates a plain object from a Pong message. Also converts values to other types if specified.
                 * @param message Pong
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: hearth.client.v1.Pong, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Pong to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Pong
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** ErrorCode enum. */
            enum ErrorCode {
                ERROR_UNSPECIFIED = 0,
                ERROR_BAD_FRAME = 1,
                ERROR_UNKNOWN_MESSAGE = 2,
                ERROR_UNSUPPORTED_VERSION = 3,
                ERROR_NOT_LOGGED_IN = 4,
                ERROR_AUTH_FAILED = 5,
                ERROR_RATE_LIMITED = 6,
                ERROR_TIMEOUT = 7,
                ERROR_OVERLOADED = 8,
                ERROR_SESSION_EXPIRED = 9,
                ERROR_SLOW_READER = 10,
                ERROR_IDLE = 11,
                ERROR_SHUTTING_DOWN = 12,
                ERROR_INVALID = 13,
                ERROR_INTERNAL = 14,
                ERROR_REPLACED = 15,
                ERROR_UNAVAILABLE = 16
            }
        }
    }
}
