# The portal as a container, used by docker-compose.yml. (No Docker engine runs on the development
# machines, so this file is kept simple and documented rather than exercised in CI.)
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/PartnerPortal.Web --configuration Release --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    Portal__DataDirectory=/var/lib/partnerportal
EXPOSE 8080
ENTRYPOINT ["dotnet", "PartnerPortal.Web.dll"]
