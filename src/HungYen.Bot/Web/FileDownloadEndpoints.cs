using Microsoft.AspNetCore.StaticFiles;

namespace HungYen.Bot.Web;

/// <summary>GET /files/{id}?to=…&amp;exp=…&amp;sig=…: a stored file, for the link's intended recipient, until it expires.</summary>
public sealed class FileDownloadEndpoints(FileLinks links, IRecordStore store) : IWebEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet(FileLinks.PathPrefix + "{**id}", (string id, HttpRequest request) =>
        {
            var query = request.Query;
            switch (links.Check(id, query["to"], query["exp"], query["sig"]))
            {
                case FileLinkCheck.Expired:
                    return Results.StatusCode(StatusCodes.Status410Gone);
                case FileLinkCheck.Invalid:
                    return Results.NotFound();
            }

            if (store.ReadFile(id) is not { } file)
            {
                return Results.NotFound();
            }

            var type = ContentTypes.TryGetContentType(file.FileName, out var known) ? known : "application/octet-stream";
            return Results.File(file.Content, type, file.FileName);
        });
}
