from fastapi import APIRouter, Query

from ..clients import es

router = APIRouter(prefix="/search", tags=["search"])


@router.get("")
async def search(q: str = Query(..., min_length=2)):
    result = await es.search(index="partners", query={"match": {"name": q}})
    return [hit["_source"] for hit in result["hits"]["hits"]]
