namespace HungYen.Bot.Web;

/// <summary>A part of the bot that serves HTTP (the Zalo webhook, file downloads) maps its routes here.</summary>
public interface IWebEndpoints
{
    void Map(IEndpointRouteBuilder routes);
}
