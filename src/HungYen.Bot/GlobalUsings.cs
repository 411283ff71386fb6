// The namespaces most files of this project use, imported once here; a file imports only what is its own. No channel
// (Telegram, Zalo, Zalo OA, web chat) is imported here: a channel never uses another channel's namespace, and the
// host names each one where it wires it.
global using System.Collections.Concurrent;
global using System.ComponentModel.DataAnnotations;
global using System.Globalization;
global using System.Security.Cryptography;
global using System.Text;
global using System.Text.Json;
global using System.Text.RegularExpressions;
global using HungYen.Bot.Core.Channels;
global using HungYen.Bot.Core.Conference;
global using HungYen.Bot.Core.Conversations;
global using HungYen.Bot.Core.Delegates;
global using HungYen.Bot.Core.Files;
global using HungYen.Bot.Core.Formats;
global using HungYen.Bot.Core.Outbound;
global using HungYen.Bot.Core.Participants;
global using HungYen.Bot.Core.Privacy;
global using HungYen.Bot.Core.Storage;
global using HungYen.Bot.Core.Summary;
global using HungYen.Bot.Core.Texts;
global using HungYen.Bot.Core.Time;
global using HungYen.Bot.Hosting;
global using HungYen.Bot.Storage;
global using HungYen.Bot.Web;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Routing;
global using Microsoft.Extensions.Configuration;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Hosting;
global using Microsoft.Extensions.Logging;
global using Microsoft.Extensions.Options;
