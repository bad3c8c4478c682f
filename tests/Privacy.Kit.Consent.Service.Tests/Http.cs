using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Privacy.Kit.Consent.Service.Tests;

/// <summary>Requests and answers as a dialer's HTTP client sends and reads them.</summary>
internal static class Http
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string path) => client.GetAsync(new Uri(path, UriKind.Relative));

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
}
