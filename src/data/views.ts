import type { ImageMetadata } from 'astro';
import type { Script } from '../schemas/shared.ts';
import { paths } from '../lib/urls.ts';
import { resolve, scriptOf, type Brand, type City, type ContentIndex, type News, type Person } from './entries.ts';

/** What a list shows of a news item. */
export interface NewsCardView {
  id: string;
  url: string;
  title: string;
  summary: string;
  date: Date;
  lang: Script;
  city: { name: string; url: string };
  cover?: { src: ImageMetadata; alt: string };
}

export interface PersonCardView {
  id: string;
  url: string;
  name: string;
  honorific?: string;
  role: string;
  organization: string;
  summary: string;
  lang: Script;
  portrait?: { src: ImageMetadata; alt: string };
}

export interface BrandCardView {
  id: string;
  url: string;
  name: string;
  category: string;
  summary: string;
  lang: Script;
  cityName: string;
  logo?: ImageMetadata;
}

export interface CityCardView {
  id: string;
  url: string;
  name: string;
  federation: string;
  province: string;
  lang: Script;
  districts: { name: string; url: string }[];
}

export function newsCard(entry: News, content: ContentIndex): NewsCardView {
  const city = resolve(content.cities, entry.data.city);
  return {
    id: entry.id,
    url: paths.news(entry.id),
    title: entry.data.title,
    summary: entry.data.summary,
    date: entry.data.date,
    lang: scriptOf(entry, content.cities),
    city: { name: city.data.name, url: paths.city(city.id) },
    cover: entry.data.cover,
  };
}

export function personCard(entry: Person, content: ContentIndex): PersonCardView {
  return {
    id: entry.id,
    url: paths.person(entry.id),
    name: entry.data.name,
    honorific: entry.data.honorific,
    role: entry.data.role,
    organization: entry.data.organization,
    summary: entry.data.summary,
    lang: scriptOf(entry, content.cities),
    portrait: entry.data.portrait,
  };
}

export function brandCard(entry: Brand, content: ContentIndex): BrandCardView {
  return {
    id: entry.id,
    url: paths.brand(entry.id),
    name: entry.data.name,
    category: entry.data.category,
    summary: entry.data.summary,
    lang: scriptOf(entry, content.cities),
    cityName: resolve(content.cities, entry.data.city).data.name,
    logo: entry.data.logo,
  };
}

export function cityCard(city: City, content: ContentIndex): CityCardView {
  const districts = [...content.cities.values()]
    .filter((candidate) => candidate.data.parent?.id === city.id)
    .sort(byAdminCode)
    .map((district) => ({ name: district.data.name, url: paths.city(district.id) }));
  return {
    id: city.id,
    url: paths.city(city.id),
    name: city.data.name,
    federation: city.data.federation,
    province: city.data.province,
    lang: city.data.lang,
    districts,
  };
}

export function byAdminCode(a: City, b: City): number {
  return a.data.adminCode.localeCompare(b.data.adminCode);
}

/** Umbrella brands before their sub-brands, then by name. */
export function byBrandOrder(a: Brand, b: Brand): number {
  return Number(Boolean(a.data.parent)) - Number(Boolean(b.data.parent)) || byName(a, b);
}

export function byName(a: { data: { name: string } }, b: { data: { name: string } }): number {
  return a.data.name.localeCompare(b.data.name, 'zh-Hans-CN-u-co-pinyin');
}
